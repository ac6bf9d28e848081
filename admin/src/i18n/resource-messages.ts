// resources.<Model>.name / .fields.<field> for every entity, from the metadata: the
// Chinese labels users know, and for English a readable form of the model and field names.
import { datamodel, humanize, resources } from "@p181/schema";
import { adminField } from "../metadata/fields.ts";

type ResourceMessages = Record<string, { name: string; fields: Record<string, string> }>;

export function resourceMessages(language: "zh" | "en"): ResourceMessages {
  const messages: ResourceMessages = {};
  for (const resource of Object.values(resources)) {
    const model = datamodel.models[resource.model]!;
    messages[resource.model] = {
      name: language === "zh" ? model.label : humanize(model.name),
      fields: Object.fromEntries(
        model.fields.map((f) => [
          f.name,
          language === "zh" ? (adminField(model.name, f.name)?.label ?? f.label) : humanize(f.name.replace(/Id$/, "")),
        ]),
      ),
    };
  }
  return messages;
}
