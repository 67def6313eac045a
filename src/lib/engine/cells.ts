// Any value DuckDB returns (through Arrow) as text, exactly: the SQL explorer shows and exports
// results as text, never as HTML, whatever a query returns.
import { Type } from 'apache-arrow';

export interface CellType {
  typeId: number;
  scale?: number;
}

/** Arrow decimals arrive unscaled (12.34 as 1234): put the point back. */
function decimal(value: unknown, scale: number): string {
  const digits = BigInt(String(value));
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = scale > 0 ? `${text.slice(0, -scale)}.${text.slice(-scale)}` : text;
  return negative ? `-${whole}` : whole;
}

function json(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
}

export function cellText(value: unknown, type: CellType): string {
  if (value === null || value === undefined) return '';
  switch (type.typeId) {
    case Type.Decimal:
      return decimal(value, type.scale ?? 0);
    case Type.Date:
      return new Date(Number(value)).toISOString().slice(0, 10);
    case Type.Timestamp:
      return new Date(Number(value)).toISOString().replace('T', ' ').replace('.000Z', '');
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    const structured = (value as { toJSON?: () => unknown }).toJSON?.() ?? value;
    return json(structured);
  }
  return String(value);
}
