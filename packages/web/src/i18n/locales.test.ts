import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import id from './locales/id.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key as a dotted path, mapped to its text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, text] of flatten(value, path)) entries.set(childPath, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)[^}]*}}/g)].map((match) => match[1]).sort();

// Indonesian has no plural forms, English does: count-dependent texts must therefore be written
// without i18next plural suffixes (e.g. "Jumlah OPD: {{count}}"), or with the same suffixes in both files.
describe('locales', () => {
  const idTexts = flatten(id);
  const enTexts = flatten(en);

  it('id and en have exactly the same keys', () => {
    expect([...enTexts.keys()].sort()).toEqual([...idTexts.keys()].sort());
  });

  it('no text is empty', () => {
    for (const [key, text] of [...idTexts, ...enTexts]) expect(text.trim(), key).not.toBe('');
  });

  it('each text uses the same {{placeholders}} in both languages', () => {
    for (const [key, text] of idTexts) expect(placeholders(enTexts.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
