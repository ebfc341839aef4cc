// The cost of a GraphQL operation, estimated before it runs, in the spirit of GitHub's and
// Shopify's public APIs:
// - every field that returns an object costs 1; scalars are free;
// - inside a connection, `edges` and `nodes` are multiplied by the page asked for
//   (`first`/`last`, or the default page size when neither is given);
// - any other list of objects is multiplied by LIST_ESTIMATE;
// - introspection (`__schema`, `__type`) is free, so tools such as GraphiQL work.
// A page larger than the maximum is refused outright rather than silently shortened.
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export const LIST_ESTIMATE = 10;

export interface CostLimits {
  maxCost: number;
  maxPageSize: number;
  defaultPageSize: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: CostLimits;
}

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

function selectionCost(selectionSet: SelectionSetNode, type: GraphQLCompositeType, walk: Walk, pageSize: number | null): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const on = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && on && isCompositeType(on)) total += selectionCost(fragment.selectionSet, on, walk, pageSize);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (on && isCompositeType(on)) total += selectionCost(selection.selectionSet, on, walk, pageSize);
      continue;
    }
    const name = selection.name.value;
    if (name.startsWith('__') || !selection.selectionSet) continue;
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const field = type.getFields()[name];
    if (!field) continue;
    const fieldType = getNamedType(field.type);
    if (!isCompositeType(fieldType)) continue;

    let childPageSize: number | null = null;
    if (fieldType.name.endsWith('Connection')) {
      const argument = (argName: string) => argumentValue(selection.arguments?.find((arg) => arg.name.value === argName)?.value, walk.variables);
      const requested = (argument('first') ?? argument('last')) as number | undefined;
      if (requested !== undefined && requested > walk.limits.maxPageSize) {
        throw new GraphQLError(`${name}: a page holds at most ${walk.limits.maxPageSize} items; ask for fewer with first/last and page with the cursors.`, {
          nodes: selection,
          extensions: { code: 'BAD_USER_INPUT', field: name },
        });
      }
      childPageSize = requested ?? walk.limits.defaultPageSize;
    }
    const children = selectionCost(selection.selectionSet, fieldType, walk, childPageSize);
    const isList = isListType(getNullableType(field.type));
    const multiplier = isList ? (pageSize !== null && (name === 'edges' || name === 'nodes') ? pageSize : LIST_ESTIMATE) : 1;
    total += multiplier * (1 + children);
  }
  return total;
}

/** The operation's estimated cost; throws a coded error for a page above the maximum. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: CostLimits,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const root =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, { schema, fragments, variables: variables ?? {}, limits }, null);
}
