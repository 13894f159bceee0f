/** A chosen file as the import methods take it: the renderer reads it, the core only sees base64. */
export interface LoadedFile {
  name: string;
  base64: string;
}

/** The file's bytes as base64 (the data URL without its "data:…;base64," prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}
