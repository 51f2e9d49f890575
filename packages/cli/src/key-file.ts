/**
 * The `--key` file of `sign` and `verify`. Every way it can be unusable — missing, a directory,
 * unreadable, too large, not a key of the right kind, the wrong password — is a KeyError whose one
 * line names the file, as the actions name their `key` input; none of them is a bug.
 */
import { open } from "node:fs/promises";
import { KeyError } from "@image-actions/sigstore";

/** Far more than any PEM key or certificate chain; a larger file is not a key (or is /dev/zero). */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the path is too long",
};

/** Read the key file as text; bounded, so a device or a huge file cannot hang or exhaust the CLI. */
export async function readKeyFile(path: string): Promise<string> {
  try {
    const handle = await open(path, "r");
    try {
      if ((await handle.stat()).isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      const buffer = Buffer.alloc(MAX_KEY_FILE_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > MAX_KEY_FILE_BYTES)
          throw new KeyError(`key file ${path}: larger than ${MAX_KEY_FILE_BYTES} bytes, not a key`);
      }
      return buffer.subarray(0, length).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof KeyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const problem = (code && FS_PROBLEMS[code]) ?? (error as Error).message;
    throw new KeyError(`cannot read the key file ${path}: ${problem}${code ? ` (${code})` : ""}`);
  }
}

/** Read `path` and turn its PEM into a key with `load`; a KeyError of `load` is said of the file. */
export async function loadKeyFile<T>(path: string, load: (pem: string) => T): Promise<T> {
  const pem = await readKeyFile(path);
  try {
    return load(pem);
  } catch (error) {
    if (error instanceof KeyError) throw new KeyError(`key file ${path}: ${error.message}`, { cause: error });
    throw error;
  }
}
