import { Checkbox, NumberInput, Select, TextInput } from '@mantine/core';
import type { EditorDataQuery } from '../../../gql/graphql';

export type Parameter = EditorDataQuery['reportTypes'][number]['parameters'][number];
/** A picker entry; `raw` is the value as the server wants it back (a number for an integer parameter). */
export type Option = { value: string; label: string; raw: unknown };

/** One input per report parameter, chosen by its type; the server's "allowed" text is the hint. */
export function ParameterField({ p, value, onChange, error, options, optionsLoading }: {
  p: Parameter;
  value: unknown;
  onChange: (v: unknown) => void;
  error?: string;
  options?: Option[];
  /** The picker's entries are on their way: what is typed now would be lost when the plain input becomes a picker. */
  optionsLoading?: boolean;
}) {
  const common = { label: p.displayName, description: p.description ? `${p.description} (${p.allowed})` : p.allowed, required: p.required, error };
  if (p.type === 'BOOLEAN') {
    return <Checkbox label={p.displayName} description={p.description} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} error={error} />;
  }
  if (optionsLoading) {
    return <Select {...common} data={[]} disabled placeholder="Loading the choices…" />;
  }
  if (p.type === 'CHOICE' || options) {
    const data: Option[] = options ?? (p.choices ?? []).map((c) => ({ value: c, label: c, raw: c }));
    return (
      <Select
        {...common}
        data={data.map(({ value: v, label }) => ({ value: v, label }))}
        searchable
        clearable={!p.required}
        value={value == null ? null : String(value)}
        onChange={(v) => onChange(v == null ? null : (data.find((o) => o.value === v)?.raw ?? v))}
      />
    );
  }
  if (p.type === 'INTEGER' || p.type === 'DECIMAL') {
    return (
      <NumberInput
        {...common}
        allowDecimal={p.type === 'DECIMAL'}
        min={p.minimum ?? undefined}
        max={p.maximum ?? undefined}
        value={typeof value === 'number' ? value : ''}
        onChange={(v) => onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))}
      />
    );
  }
  if (p.type === 'DATE') {
    return <TextInput {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || null)} />;
  }
  return <TextInput {...common} maxLength={p.maxLength ?? undefined} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />;
}
