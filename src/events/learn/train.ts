/**
 * `npm run train:events`: trains the learned event model from ../shared/data (or $CHRONICLE_DATA)
 * and writes models/events.bin.gz. Deterministic: fixed corpus order, seeded shuffles, no clock,
 * so two runs write the same bytes.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { findDataDir } from "../../eval/harness.ts";
import { readCorpora, trainingSet } from "./examples.ts";
import { sharedLexicon } from "./features.ts";
import { EVENT_MODEL_FILE, encodeEventModel } from "./index.ts";
import { learnEventModel, SEED } from "./learn.ts";

function main(): void {
  const dataDir = findDataDir();
  if (!dataDir) {
    process.stderr.write(
      "Training data not found: looked in $CHRONICLE_DATA and ../shared/data. Set CHRONICLE_DATA to the corpora folder.\n",
    );
    process.exitCode = 1;
    return;
  }
  const lexicon = sharedLexicon();
  const corpora = readCorpora(dataDir, lexicon, (line) => process.stderr.write(`${line}\n`));
  const data = trainingSet(corpora, lexicon, -1);
  process.stderr.write(
    `training on ${data.types.length} trigger examples and ${data.sentences.length} sentences…\n`,
  );
  const bytes = encodeEventModel(learnEventModel(data, SEED));
  writeFileSync(EVENT_MODEL_FILE, bytes);
  const md5 = createHash("md5").update(bytes).digest("hex");
  process.stderr.write(`wrote ${EVENT_MODEL_FILE} (${(bytes.length / 1e6).toFixed(2)} MB, md5 ${md5})\n`);
}

main();
