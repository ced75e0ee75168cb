import { Table, Text } from '@mantine/core';
import { formatLocal } from '../../shared/time';
import { StatusBadge } from '../schedules/StatusBadge';

/** One delivery of a run: who or where it went, and what the server said last. */
export type DeliveryRow = { id: string; to: string; status: string; attempts: number; lastReply?: string | null; nextAttemptAt?: string | null };

/** A run's deliveries: recipient (or webhook), status with the next retry, attempts and the last server reply. */
export function DeliveryTable({ rows, toLabel = 'To' }: { rows: readonly DeliveryRow[]; toLabel?: string }) {
  return (
    <Table fz="sm" style={{ wordBreak: 'break-word' }}>
      <Table.Thead>
        <Table.Tr><Table.Th>{toLabel}</Table.Th><Table.Th>Status</Table.Th><Table.Th>Attempts</Table.Th><Table.Th>Server reply</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{d.to}</Table.Td>
            <Table.Td><StatusBadge status={d.status} />{d.nextAttemptAt && <Text size="xs">next try {formatLocal(d.nextAttemptAt)}</Text>}</Table.Td>
            <Table.Td>{d.attempts}</Table.Td>
            <Table.Td>{d.lastReply ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
