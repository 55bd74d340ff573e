/**
 * The file format of a linear model's weights, shared by the tagger (model.ts) and the span typer
 * (span-types.ts): a JSON header line, the int32 feature hashes, then the weights as int16, `labels`
 * a feature, with one common scale (weight = stored × scale; an arg-max needs only the integers).
 */

interface Header {
  format: string;
  labels: number;
  features: number;
  scale: number;
}

export interface Weights {
  features: Int32Array;
  weights: Int16Array;
  scale: number;
}

export function encodeWeights(
  format: string,
  labels: number,
  features: Int32Array,
  weights: Float32Array,
): Buffer {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const header: Header = { format, labels, features: features.length, scale };
  const quantised = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) quantised[i] = Math.round(weights[i] / scale);
  return Buffer.concat([
    Buffer.from(`${JSON.stringify(header)}\n`),
    Buffer.from(features.buffer, features.byteOffset, features.byteLength),
    Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength),
  ]);
}

/** Reads weights written by encodeWeights; a file of another format or label count is an error naming `file`. */
export function decodeWeights(bytes: Buffer, format: string, labels: number, file: string): Weights {
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Header;
  if (header.format !== format || header.labels !== labels) {
    throw new Error(
      `${file} is a ${header.format} model with ${header.labels} labels; run \`npm run train:ner\`.`,
    );
  }
  // Copy into aligned buffers: the header length makes the payload's offset arbitrary.
  const body = bytes.subarray(newline + 1);
  const featureBytes = header.features * 4;
  const features = new Int32Array(header.features);
  new Uint8Array(features.buffer).set(body.subarray(0, featureBytes));
  const weights = new Int16Array(header.features * labels);
  new Uint8Array(weights.buffer).set(body.subarray(featureBytes, featureBytes + weights.byteLength));
  return { features, weights, scale: header.scale };
}
