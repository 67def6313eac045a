// One dictionary per language: English says everything Indonesian says, in English. The
// texts that stay the same are names and abbreviations, each listed with why.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en.ts';
import { id } from '../../src/lib/i18n/id.ts';
import { columnText, tableText } from '../../src/lib/i18n/contract.ts';
import { TABLES } from '../../src/lib/schema.ts';
import { texts } from '../helpers/dictionary.ts';

/** Texts that are the same in both languages, and why. */
const SAME: Record<string, string> = {
  'filters.snapshot': 'a loanword in both',
  'filters.status': 'a loanword in both',
  'values.jalur.pkk': 'an organisation (Tim Penggerak PKK)',
  'values.jenis_desa.desa': 'an administrative unit, as the data names it',
  'values.jenis_desa.kelurahan': 'an administrative unit, as the data names it',
  'deck.roleSlide': 'a loanword in both',
  'exports.svg': 'a file format',
  'exports.png': 'a file format',
  'exports.csv': 'a file format',
  'figures.target': 'a loanword and a number',
  'summary.trendChange': 'numbers and an arrow',
};

const byPath = (dictionary: unknown) => {
  const map = new Map<string, string[]>();
  for (const [path, text] of texts(dictionary)) map.set(path, [...(map.get(path) ?? []), text]);
  return map;
};

describe('the dictionaries', () => {
  const idTexts = byPath(id);
  const enTexts = byPath(en);

  it('have the same texts by the same keys', () => {
    expect([...enTexts.keys()].sort()).toEqual([...idTexts.keys()].sort());
    for (const [path, texts] of idTexts) expect(enTexts.get(path)!.length, path).toBe(texts.length);
  });

  it('translate every text but names and abbreviations', () => {
    const same = [...idTexts].filter(([path, texts]) => texts.every((text, i) => text === enTexts.get(path)![i])).map(([path]) => path);
    expect(same.sort()).toEqual(Object.keys(SAME).sort());
  });

  it('leave no text empty', () => {
    for (const [path, texts] of [...idTexts, ...enTexts]) for (const text of texts) expect(text.trim(), path).not.toBe('');
  });

  it('describe every table, column and rule of the schema in both languages', () => {
    for (const t of [id, en]) {
      for (const table of TABLES) {
        expect(tableText(t.contract, table.name)?.about, table.name).toBeTruthy();
        for (const column of table.columns) expect(columnText(t.contract, table.name, column.name)?.[0], `${table.name}.${column.name}`).toBeTruthy();
        for (const rule of [...table.rowRules, ...table.groupRules]) expect(t.contract.rules[rule.id], `${table.name}: ${rule.id}`).toBeTruthy();
      }
    }
  });
});
