/** Hands a file to the browser's download machinery. */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a tick later it has started.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
