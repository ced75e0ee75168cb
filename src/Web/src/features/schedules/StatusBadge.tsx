import { Badge } from '@mantine/core';

// Filled with shade 9 (7 for gray): white text keeps 4.5:1 contrast.
const colors: Record<string, string> = {
  QUEUED: 'gray.7', RUNNING: 'blue.9', DELIVERING: 'cyan.9', SUCCEEDED: 'green.9', PARTIAL: 'grape.9', FAILED: 'red.9', MISSED: 'pink.9',
  PENDING: 'gray.7', SENT: 'green.9', SKIPPED: 'gray.7',
};

export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return <Badge color="gray.7" variant="outline">Never run</Badge>;
  return <Badge color={colors[status] ?? 'gray.7'} variant="filled">{status}</Badge>;
}
