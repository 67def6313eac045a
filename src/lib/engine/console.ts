// The SQL console's connection: whatever people type runs on its own connection to the site's
// read-only database (browser.ts), streamed as text, at most `limit` rows, and can be stopped.
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { type DataType, Type } from 'apache-arrow';
import { DATABASE_ALIAS } from '../database.ts';
import { type CellType, cellText } from './cells.ts';

/** A query's result as text, at most `limit` rows. */
export interface TextResult {
  /** `type`: DuckDB's SQL name (BIGINT, DECIMAL(18,3), DATE…); `numeric`: a number a page may format. */
  columns: { name: string; type: string; numeric: boolean }[];
  rows: string[][];
  /** More rows than `limit` were there. */
  truncated: boolean;
}

/** Runs any SQL on its own connection, streaming, and can be stopped halfway. */
export interface Explorer {
  run(sql: string, signal: AbortSignal, limit: number): Promise<TextResult>;
}

/** A console on its own connection of `db` (the engine's settings hold for the whole database). */
export async function sqlConsole(db: AsyncDuckDB): Promise<Explorer> {
  const own = await db.connect();
  // USE holds per connection.
  await own.query(`USE ${DATABASE_ALIAS}`);
  return {
    async run(sql, signal, limit) {
      const cancel = () => void own.cancelSent();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        const reader = await own.send(sql, true);
        // The stream's schema is known once it is opened.
        await reader.open();
        const fields = reader.schema.fields;
        const columns = fields.map((field) => ({ name: field.name, type: sqlTypeName(field.type), numeric: isNumeric(field.type) }));
        const rows: string[][] = [];
        let truncated = false;
        for await (const batch of reader) {
          for (const row of batch) {
            if (rows.length === limit) {
              truncated = true;
              break;
            }
            rows.push(fields.map((field) => cellText(row?.[field.name], field.type as unknown as CellType)));
          }
          if (truncated) {
            // Stop the rest of a huge result instead of reading it.
            await own.cancelSent();
            break;
          }
        }
        return { columns, rows, truncated };
      } finally {
        signal.removeEventListener('abort', cancel);
      }
    },
  };
}

const INTEGERS: Record<string, string> = { '8': 'TINYINT', '16': 'SMALLINT', '32': 'INTEGER', '64': 'BIGINT' };

/** The SQL name of the type DuckDB sent a column as (through Arrow): BIGINT, not Int64; DATE, not Date32<DAY>. */
export function sqlTypeName(type: DataType): string {
  const t = type as DataType & { bitWidth?: number; isSigned?: boolean; precision?: number; scale?: number; children?: { type: DataType }[] };
  switch (type.typeId) {
    case Type.Int:
      return `${t.isSigned ? '' : 'U'}${INTEGERS[String(t.bitWidth)] ?? 'INTEGER'}`;
    case Type.Float:
      return t.precision === 1 ? 'FLOAT' : 'DOUBLE';
    case Type.Decimal:
      return `DECIMAL(${t.precision},${t.scale})`;
    case Type.Utf8:
    case Type.LargeUtf8:
      return 'VARCHAR';
    case Type.Bool:
      return 'BOOLEAN';
    case Type.Date:
      return 'DATE';
    case Type.Timestamp:
      return 'TIMESTAMP';
    case Type.Time:
      return 'TIME';
    case Type.Interval:
      return 'INTERVAL';
    case Type.Binary:
      return 'BLOB';
    case Type.List:
      return `${sqlTypeName(t.children![0]!.type)}[]`;
    case Type.Struct:
      return 'STRUCT';
    case Type.Null:
      return 'NULL';
    default:
      return String(type);
  }
}

/** Numbers a page may write in its locale. */
export function isNumeric(type: DataType): boolean {
  return type.typeId === Type.Int || type.typeId === Type.Float || type.typeId === Type.Decimal;
}
