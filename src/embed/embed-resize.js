// Twinning Kit: sizes each iframe of embed.html on this page to its content (CSP-safe; load it once).
// The embed page posts {type: 'twin-embed-height', height} whenever its height changes.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'twin-embed-height' || !(data.height >= 0)) return;
  for (const iframe of document.getElementsByTagName('iframe')) {
    if (iframe.contentWindow === event.source) iframe.style.height = `${Math.ceil(data.height)}px`;
  }
});
