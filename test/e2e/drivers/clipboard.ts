/** Clipboard read-back shared by the drivers (see /docs browser-testing "Clipboard"). */
/** Runs in an extension page: the clipboard's text/plain and text/html. */
export async function readClipboardInPage(): Promise<{ text: string; html: string }> {
  const out = { text: '', html: '' };
  for (const item of await navigator.clipboard.read()) {
    if (item.types.includes('text/plain'))
      out.text = await (await item.getType('text/plain')).text();
    if (item.types.includes('text/html')) out.html = await (await item.getType('text/html')).text();
  }
  return out;
}
