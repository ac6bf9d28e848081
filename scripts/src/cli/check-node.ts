// The first step of `npm start`: one clear line on a Node older than the supported LTS lines
// (22 and 24), then it goes on (most of the product may still work; nothing is tested there).
const [major] = process.versions.node.split(".").map(Number);
if (major! < 22) {
  console.warn(
    `Node ${process.versions.node} is past its end of life and not supported here: use Node 22 or 24 (LTS). Going on anyway.`,
  );
}
