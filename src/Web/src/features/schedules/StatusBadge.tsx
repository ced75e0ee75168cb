import { Badge } from '@mantine/core';

// Dark hex colours (Mantine's shade 9, gray 7): white text on them, or them as text on white, keeps 4.5:1 contrast.
const colors: Record<string, string> = {
  QUEUED: '#495057', RUNNING: '#1864ab', DELIVERING: '#0b7285', SUCCEEDED: '#237032', PARTIAL: '#862e9c', FAILED: '#c92a2a', MISSED: '#a61e4d',
  PENDING: '#495057', SENT: '#237032', SKIPPED: '#495057',
};

export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return <Badge color="#495057" variant="outline">Never run</Badge>;
  return <Badge color={colors[status] ?? '#495057'} variant="filled">{status}</Badge>;
}
