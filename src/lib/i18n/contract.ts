// The shape of the data contract's text in a dictionary: typed from the schema, so every table
// and column must be described in every language.
import type { ColumnType, TABLES } from '../schema.ts';

type Tables = (typeof TABLES)[number];

export interface ContractTexts {
  /** Each kind of column, as the dictionary names it. */
  types: Record<ColumnType, string>;
  tables: {
    [T in Tables as T['name']]: {
      about: string;
      /** Each column's meaning, and its rule in words where the type alone does not say it. */
      columns: { [C in T['columns'][number] as C['name']]: readonly [meaning: string, rule?: string] };
    };
  };
  /** Row and group rules by id (schema.ts). */
  rules: Record<string, string>;
  /** Rules across files (validate.ts). */
  folderRules: readonly string[];
  /** The koperasi table's snapshot column (database.ts). */
  snapshot: string;
}

interface TableText {
  about: string;
  columns: Record<string, readonly [meaning: string, rule?: string] | undefined>;
}

/** A table's text by its name as the schema spells it. */
export function tableText(c: ContractTexts, table: string): TableText | undefined {
  return (c.tables as Record<string, TableText | undefined>)[table];
}

/** A column's meaning and rule in words. */
export function columnText(c: ContractTexts, table: string, column: string): readonly [meaning: string, rule?: string] | undefined {
  return tableText(c, table)?.columns[column];
}
