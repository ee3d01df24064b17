/**
 * Saves generated text as a file (the calendar's .ics, the list's .csv): a Blob URL clicked through a
 * hidden link inside the element's own root (a link outside any document does not download in every
 * browser), revoked once the download has started. No request leaves the page.
 */
export function download(root: Node, text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
