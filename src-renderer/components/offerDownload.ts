/**
 * Hands a file made in the page to the browser's own download (an <a download> click): the only
 * way to "save" in browser mode, where the app cannot show a file dialog.
 */
export function offerDownload(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob asynchronously after the click; free it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
