import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReportFormat, PreviewReportMutation } from '../../../gql/graphql';
import type { PayloadError } from '../../../shared/fieldErrors';
import { formatLocal } from '../../../shared/time';
import { PreviewReport } from './documents';
import { toRecurrenceInput, type EditorValues } from './editorValues';

type Preview = NonNullable<PreviewReportMutation['previewReport']>;

/**
 * The "Preview" step: renders the report as it stands (previewReport: no email, no run) and shows the HTML in a
 * sandboxed frame and the PDF in the browser's viewer, both from short-lived links. Problems go to the fields
 * their path names, like saving does.
 */
export function PreviewCard({ values, supported, preview, onPreview, onErrors }: {
  values: EditorValues;
  supported: ReadonlyArray<string>;
  preview: Preview | null;
  onPreview: (p: Preview | null) => void;
  onErrors: (errors: PayloadError[]) => void;
}) {
  const [render, rendering] = useMutation(PreviewReport);
  // HTML and PDF are what the page can show; the chosen formats come along so their links can be checked too.
  const formats = [...new Set(['HTML', 'PDF', ...values.formats])].filter((f) => supported.includes(f)) as ReportFormat[];

  const run = async () => {
    onPreview(null);
    try {
      const parameters = Object.fromEntries(Object.entries(values.parameters).filter(([, x]) => x !== null && x !== ''));
      const { data } = await render({
        variables: { input: { reportType: values.reportType, parameters, formats, recurrence: toRecurrenceInput(values), timeZone: values.timeZone } },
      });
      const p = data?.previewReport;
      onErrors(p?.errors ?? []);
      if (p && p.errors.length === 0) onPreview(p);
    } catch (e) {
      onErrors([{ code: 'NETWORK', message: e instanceof Error ? e.message : 'The preview failed.', path: [] }]);
    }
  };

  const html = preview?.files?.find((f) => f.format === 'HTML');
  const pdf = preview?.files?.find((f) => f.format === 'PDF');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">Preview</Title>
        <Button variant="default" onClick={run} loading={rendering.loading} disabled={!values.reportType}>
          {preview ? 'Preview again' : 'Preview report'}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">Renders the report with these settings for the last complete period. Nothing is emailed.</Text>
      {preview && (
        <Stack gap="xs" role="region" aria-label="Report preview">
          <Alert color="blue" title={`Preview: ${preview.periodLabel ?? ''}`}>
            <Text size="sm">{(preview.rows ?? 0).toLocaleString()} rows · links work until {formatLocal(preview.expiresAt)}</Text>
            <Group gap="xs" mt={4}>
              {preview.files?.map((f) => (
                <Anchor key={f.url} href={f.url} target="_blank" rel="noopener" size="sm">
                  Open {f.format} ({Math.max(1, Math.round(f.sizeBytes / 1024)).toLocaleString()} KB)
                </Anchor>
              ))}
            </Group>
          </Alert>
          {html && (
            <Box component="iframe" src={html.url} title="HTML preview of the report" sandbox="" w="100%" h={420} style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }} />
          )}
          {pdf && (
            // The PDF opens in the browser's own viewer (a new tab): embedded viewers are missing on many phones.
            <Button component="a" href={pdf.url} target="_blank" rel="noopener" variant="light" w="fit-content">Open the PDF preview</Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
