import { Anchor, Group } from '@mantine/core';
import { artifactLabels, type ArtifactFile } from './artifactLabels';

/** A run's files as download links, each named so that two files of one format can be told apart. */
export function ArtifactLinks({ files }: { files: readonly (ArtifactFile & { downloadPath: string })[] }) {
  const labels = artifactLabels(files);
  return (
    <Group gap="xs">
      {files.map((a) => (
        <Anchor key={a.id} href={a.downloadPath} size="sm" download title={a.fileName}>
          {labels.get(a.id)}
        </Anchor>
      ))}
    </Group>
  );
}
