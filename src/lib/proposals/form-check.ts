/**
 * What the proposal form still needs before "Vorschlag hinzufügen" can store it: the
 * reasons the button is disabled, in the form's order ("Von" before "Mit"), so the form can
 * say them. Pure; the form holds the entered values.
 */
import type { ProposalEnd } from './types';

/** One end of the form as entered. */
export interface EndInput {
  /** An existing project or actor, or a new actor. */
  mode: 'existing' | 'new';
  /** The chosen existing id ('' while none is chosen). */
  id: string;
  /** The new actor's name and type as typed. */
  name: string;
  type: string;
  /** The new actor has been placed (by name or map click). */
  placed: boolean;
}

/** Something the form lacks: `pick` an existing actor, a new actor's `name`, `type` or `place`. */
export type Missing =
  { end: ProposalEnd; what: 'pick' | 'name' | 'type' | 'place' } | { end: null; what: 'same' };

/**
 * Every reason the proposal cannot be added yet; empty when it can. For an existing end:
 * nothing chosen. For a new actor: a blank name or type, or no place yet. Both ends the
 * same existing actor: `same`.
 */
export function missingForProposal(from: EndInput, to: EndInput): Missing[] {
  const out: Missing[] = [];
  for (const [end, e] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (e.mode === 'existing') {
      if (e.id === '') out.push({ end, what: 'pick' });
      continue;
    }
    if (e.name.trim() === '') out.push({ end, what: 'name' });
    if (e.type.trim() === '') out.push({ end, what: 'type' });
    if (!e.placed) out.push({ end, what: 'place' });
  }
  if (from.mode === 'existing' && to.mode === 'existing' && from.id !== '' && from.id === to.id)
    out.push({ end: null, what: 'same' });
  return out;
}
