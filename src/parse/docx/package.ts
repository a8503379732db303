import JSZip from 'jszip';
import { formatBytes, InputError } from '../../document/input-error.js';

/**
 * A .docx package opened with its parts' real inflated sizes checked, so a
 * decompression bomb is refused before mammoth inflates anything.
 */
export interface DocxPackage {
  /** A part's text, or undefined when the package has no such part. */
  read(name: string): Promise<string | undefined>;
}

export async function openDocxPackage(buffer: Buffer, maxInflatedSize: number): Promise<DocxPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw new InputError(`is damaged or incomplete (${describeZipError(error)}): save it again from Word`);
  }
  if (!zip.file('word/document.xml')) {
    throw new InputError('is a zip archive but not a Word document (it has no word/document.xml): save it as .docx from Word');
  }
  await checkInflatedSize(zip, maxInflatedSize);
  return {
    read: async (name) => zip.file(name)?.async('string'),
  };
}

function describeZipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory/i.test(message)) return 'the zip directory is missing, as in a truncated file';
  return message.replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
}

/** jszip's streaming reader, which its type declarations leave out. */
interface StreamingZipObject {
  internalStream(type: 'uint8array'): ZipStream;
}

interface ZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', listener: (error: Error) => void): ZipStream;
  on(event: 'end', listener: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * Inflates every part as a stream and stops at the cap: the sizes a zip
 * declares can lie, the bytes it inflates to cannot.
 */
async function checkInflatedSize(zip: JSZip, cap: number): Promise<void> {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = (file as unknown as StreamingZipObject).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > cap) {
            stream.pause();
            reject(new InputError(`inflates to more than ${formatBytes(cap)} when unzipped (a decompression bomb or a damaged file): not read`));
          }
        })
        .on('error', (error: Error) => reject(new InputError(`is damaged (${error.message.replace(/\.$/, '')}): save it again from Word`)))
        .on('end', () => resolve())
        .resume();
    });
  }
}
