/**
 * Streaming decompression for what Debian ships: gzip and zstd through Node's zlib, xz through a
 * WebAssembly decoder (xz-decompress; no native code to bundle), or none. Used for `.deb` members
 * (`control.tar.xz`, `data.tar.zst`, …) and for `Packages.xz`/`.gz` indexes.
 */
import { pipeline, Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createGunzip, createZstdDecompress } from "node:zlib";
import * as xzModule from "xz-decompress";

// A webpack-built CommonJS module marked __esModule: Node's ESM loader shows its exports as the
// namespace's `default`, while a bundler (ncc) shows them on the namespace itself. Take either.
type XzModule = typeof import("xz-decompress");
const xzExports = xzModule as unknown as Partial<XzModule> & { default?: Partial<XzModule> };
const XzReadableStream = (xzExports.XzReadableStream ??
  xzExports.default?.XzReadableStream) as XzModule["XzReadableStream"];

export type Compression = "gzip" | "xz" | "zstd" | "none";

/** File-name suffixes Debian uses for each: `Packages.xz`, `data.tar.zst`, `control.tar`. */
export const COMPRESSION_BY_SUFFIX: Readonly<Record<string, Compression>> = {
  "": "none",
  ".gz": "gzip",
  ".xz": "xz",
  ".zst": "zstd",
};

/** How each tar layer media type (OCI and Docker) is compressed; undefined for anything not a layer. */
const LAYER_COMPRESSION: Readonly<Record<string, Compression>> = {
  "application/vnd.oci.image.layer.v1.tar": "none",
  "application/vnd.oci.image.layer.v1.tar+gzip": "gzip",
  "application/vnd.oci.image.layer.v1.tar+zstd": "zstd",
  "application/vnd.oci.image.layer.nondistributable.v1.tar": "none",
  "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip": "gzip",
  "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd": "zstd",
  "application/vnd.docker.image.rootfs.diff.tar": "none",
  "application/vnd.docker.image.rootfs.diff.tar.gzip": "gzip",
  "application/vnd.docker.image.rootfs.diff.tar.zstd": "zstd",
  "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip": "gzip",
};

export function layerCompression(mediaType: string): Compression | undefined {
  return Object.hasOwn(LAYER_COMPRESSION, mediaType) ? LAYER_COMPRESSION[mediaType] : undefined;
}

/** `input` decompressed; an error on either side (a truncated or corrupt stream) errors the result. */
export function decompressed(input: Readable, compression: Compression): Readable {
  switch (compression) {
    case "none":
      return input;
    case "gzip":
    case "zstd": {
      const inflate = compression === "gzip" ? createGunzip() : createZstdDecompress();
      pipeline(input, inflate, (error) => {
        if (error) inflate.destroy(error);
      });
      return inflate;
    }
    case "xz": {
      const web = Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>;
      return Readable.fromWeb(new XzReadableStream(web) as unknown as WebReadableStream<Uint8Array>);
    }
  }
}
