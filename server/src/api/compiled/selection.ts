// The fields a selection set asks of one object type, as graphql-js would collect them:
// fragments and inline fragments flattened, @skip/@include applied. What the compiled path
// does not handle (other directives, one response key selected twice) is NotCompilable, and
// the request runs through the ordinary resolvers instead.
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type SelectionSetNode,
} from "graphql";

export class NotCompilable extends Error {}

export interface SelectedField {
  /** The response key: the alias, or the field's name. */
  key: string;
  name: string;
  node: FieldNode;
}

export class Selections {
  constructor(
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** The fields of `selectionSet` that apply to the object type `typeName`, in response order. */
  collect(selectionSet: SelectionSetNode | undefined, typeName: string): SelectedField[] {
    if (!selectionSet) throw new NotCompilable("an object field without a selection");
    const fields: SelectedField[] = [];
    const keys = new Set<string>();
    const spread = new Set<string>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          if (keys.has(key)) throw new NotCompilable(`${key} is selected more than once`);
          keys.add(key);
          fields.push({ key, name: selection.name.value, node: selection });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!selection.typeCondition || selection.typeCondition.name.value === typeName)
            visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          const fragment = this.fragments[name];
          if (!fragment) throw new NotCompilable(`unknown fragment ${name}`);
          if (spread.has(name) || fragment.typeCondition.name.value !== typeName) continue;
          spread.add(name);
          visit(fragment.selectionSet);
        }
      }
    };
    visit(selectionSet);
    return fields;
  }

  private included(node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
    for (const directive of node.directives ?? []) {
      const name = directive.name.value;
      if (name !== "skip" && name !== "include") throw new NotCompilable(`@${name}`);
    }
    if (getDirectiveValues(GraphQLSkipDirective, node, this.variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, this.variables)?.if !== false;
  }
}
