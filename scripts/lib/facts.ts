/**
 * The shape of `data/source/mpsc-facts.json` as the data build reads it (only the fields it
 * uses; see /work/shared/reference/README.md for the full format).
 */
import type { Confidence, Staffel, Category } from '../../src/lib/data/vocab';

export interface FactPartner {
  name: string;
  type: string;
  role: string;
  source: string;
  inSeed?: boolean;
  seedLabel?: string;
}
export interface FactDocument {
  title: string;
  kind: string;
  with: string | null;
  source: string;
}
export interface FactProject {
  id: string;
  name: string;
  altNames: string[];
  staffel: Staffel;
  category: Category;
  bundesland: string;
  lead: string;
  members: string[];
  title: string | null;
  partners: FactPartner[];
  orgForms: string[];
  documents: FactDocument[];
  sources: string[];
  confidence: Confidence;
  notes: string;
}
export interface FactNetwork {
  id: string;
  name: string;
  kind: string;
  projects: string[];
  otherMembers: string[];
  documents?: FactDocument[];
  sources: string[];
  confidence: Confidence;
  notes: string;
}
export interface FactTemplate {
  title: string;
  by: string;
  sources: string[];
  notes: string;
}
export interface Facts {
  projects: FactProject[];
  networks: FactNetwork[];
  templates: FactTemplate[];
}
