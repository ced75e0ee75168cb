import { Badge } from '@mantine/core';

const colors: Record<string, string> = {
  QUEUED: 'gray', RUNNING: 'blue', DELIVERING: 'cyan', SUCCEEDED: 'green', PARTIAL: 'yellow', FAILED: 'red', MISSED: 'orange',
  PENDING: 'gray', SENT: 'green', SKIPPED: 'gray',
};

export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return <Badge color="gray" variant="outline">Never run</Badge>;
  return <Badge color={colors[status] ?? 'gray'} variant="light">{status}</Badge>;
}
