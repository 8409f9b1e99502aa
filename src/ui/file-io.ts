// Browser file plumbing for export: save text or bytes as a download.

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, mimeType = 'application/json'): void {
  downloadBlob(new Blob([text], { type: mimeType }), fileName);
}

/** Saves bytes (an image) as a download. */
export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  downloadBlob(new Blob([bytes as BlobPart], { type: mimeType }), fileName);
}
