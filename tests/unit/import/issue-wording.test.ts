import { describe, expect, it } from 'vitest';
import { expectTexts, file, issueText, runImport } from './helpers';

// What a tester saw in the import dialog: „[8,9, 152,3]“ (which is longitude?) and German
// quotation marks in English text.
describe('import issue wording', () => {
  it('an out-of-range position names longitude and latitude, with the decimal mark of the language', async () => {
    const csv = 'Name;Längengrad;Breitengrad\nKalletal;"8,9";"152,3"\n';
    const r = await runImport([file('orte.csv', csv)]);
    const range = r.issues.find((i) => i.code === 'coords-range');
    expect(range).toBeDefined();
    expectTexts(range!);
    expect(issueText(range!, 'de')).toBe(
      'Längengrad 8,9 / Breitengrad 152,3 liegt außerhalb jedes gültigen Bereichs.',
    );
    expect(issueText(range!, 'en')).toBe(
      'Longitude 8.9 / latitude 152.3 is outside any valid range.',
    );
  });

  it('a quoted user value gets the quotation marks of the language', async () => {
    const csv = 'Name;Längengrad;Breitengrad\nKalletal;abc;"52,1"\n';
    const r = await runImport([file('orte.csv', csv)]);
    const nan = r.issues.find((i) => i.code === 'coords-nan');
    expect(nan).toBeDefined();
    expect(issueText(nan!, 'de')).toBe('„abc“ ist keine Zahl.');
    expect(issueText(nan!, 'en')).toBe('“abc” is not a number.');
  });
});
