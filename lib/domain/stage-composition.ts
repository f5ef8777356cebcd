/**
 * Whether a catalogue item's composition holds together (DESIGN §2, §7): the departments taking
 * part, the department item each one decides, who holds a veto, each department's limits, and
 * which departments review each material. Shared by the admin form (without the catalogue: the
 * shape only), the data layer before it publishes (with the catalogue) and the seed's test.
 * Pure; problems come back as message keys of the `validation` catalogue, by field path.
 */

export type ItemComposition = {
  kind: 'licence' | 'registration' | 'filing' | 'combined';
  stage: string | null;
  departments: readonly {
    departmentCode: string;
    itemCode: string | null;
    veto: boolean;
    legalDays: number;
    timeLimitDays: number;
  }[];
  materials: readonly { code: string; departmentCodes: readonly string[]; drawingSet: boolean }[];
};

/** The catalogue as the check needs it: the kind of the current version of an item, by code. */
export type CatalogueKinds = ReadonlyMap<string, ItemComposition['kind']>;

export type CompositionProblems = Record<string, string[]>;

/**
 * The problems of an item's composition, by field path (`departments.1.legalDays`); empty when
 * it holds. With `catalogue`, every bundled item must exist there and be a department item
 * (not combined); without it, that check is left to the caller who has the catalogue.
 */
export function compositionProblems(item: ItemComposition, catalogue?: CatalogueKinds): CompositionProblems {
  const problems: CompositionProblems = {};
  const add = (path: string, key: string) => (problems[path] ??= []).push(key);
  const combined = item.kind === 'combined';

  // A stage application is filed by projects, and only a combined item bundles a stage's items.
  if (item.stage !== null && !combined) add('stage', 'stageOnlyCombined');
  if (item.departments.length === 0) add('departments', 'departmentsRequired');

  const seen = new Set<string>();
  item.departments.forEach((d, i) => {
    const at = `departments.${i}`;
    if (seen.has(d.departmentCode)) add(`${at}.departmentCode`, 'departmentTwice');
    seen.add(d.departmentCode);
    if (!(d.timeLimitDays >= 1)) add(`${at}.timeLimitDays`, 'min1');
    if (!(d.legalDays >= 1)) add(`${at}.legalDays`, 'min1');
    // The promised limit is the zone's commitment to beat the statutory one, never to exceed it.
    else if (d.legalDays < d.timeLimitDays) add(`${at}.legalDays`, 'legalBelowPromised');
    // A veto ends a combined case when its holder denies; in a single-department item it means nothing.
    if (d.veto && !combined) add(`${at}.veto`, 'vetoOutsideCombined');
    if (d.itemCode === null) {
      // Each task of a stage item decides one of the department items the stage bundles.
      if (item.stage !== null) add(`${at}.itemCode`, 'bundledItemRequired');
    } else if (!combined) add(`${at}.itemCode`, 'bundledItemOutsideCombined');
    else if (catalogue) {
      const kind = catalogue.get(d.itemCode);
      if (kind === undefined) add(`${at}.itemCode`, 'bundledItemUnknown');
      else if (kind === 'combined') add(`${at}.itemCode`, 'bundledItemCombined');
    }
  });

  const materialCodes = new Set<string>();
  let drawingSets = 0;
  item.materials.forEach((m, i) => {
    const at = `materials.${i}`;
    if (materialCodes.has(m.code)) add(`${at}.code`, 'materialCodeTwice');
    materialCodes.add(m.code);
    if (m.departmentCodes.some((code) => !seen.has(code))) add(`${at}.departmentCodes`, 'materialDepartmentNotTaking');
    // One shared set per application: every department comments on the same drawings (多图联审).
    if (m.drawingSet && ++drawingSets > 1) add(`${at}.drawingSet`, 'drawingSetTwice');
  });
  return problems;
}
