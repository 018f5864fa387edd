import { FlatTree, FlatTreeItem, mergeClasses, TreeItemLayout } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { StatusBadge } from "../../components";
import { kindKey, sharedStrings } from "../../components/strings";
import { useStatusText } from "../../hooks";
import type { ChainNode } from "./chainTree";
import { chainStrings } from "./strings";
import { useChainStyles } from "./useChainStyles.styles";

export interface ChainTreeViewProps {
  root: ChainNode;
  label: string;
  openItems: ReadonlySet<string>;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  onToggle: (key: string, open: boolean) => void;
}

interface VisibleRow {
  readonly node: ChainNode;
  readonly parentKey: string | undefined;
  readonly level: number;
  readonly position: number;
  readonly siblings: number;
}

/** The rows on screen: every node whose ancestors are all open, in reading order. */
export function visibleRows(root: ChainNode, openItems: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const visit = (
    node: ChainNode,
    parentKey: string | undefined,
    level: number,
    position: number,
    siblings: number,
  ) => {
    rows.push({ node, parentKey, level, position, siblings });
    if (node.children.length > 0 && openItems.has(node.key)) {
      node.children.forEach((child, index) =>
        visit(child, node.key, level + 1, index + 1, node.children.length),
      );
    }
  };
  visit(root, undefined, 1, 1, 1);
  return rows;
}

/**
 * The chain as a keyboard-navigable tree (arrow keys, Enter). Flat, so each item is named by its own line
 * rather than by everything under it, and only the open branches are rendered.
 */
export function ChainTreeView(props: ChainTreeViewProps) {
  const { root, label, openItems, selectedKey, onSelect, onToggle } = props;
  const t = useStrings(chainStrings);
  const shared = useStrings(sharedStrings);
  const statusText = useStatusText();
  const styles = useChainStyles();

  const kindOf = (node: ChainNode) =>
    node.kind === "group-assignments" || node.kind === "group-core-mission"
      ? undefined
      : node.kind === "individual-goal"
        ? t("myGoal")
        : shared(kindKey(node.kind));
  const labelOf = (node: ChainNode) =>
    node.kind === "group-assignments"
      ? t("groupAssignments")
      : node.kind === "group-core-mission"
        ? t("groupCoreMission")
        : node.label;

  return (
    <FlatTree
      aria-label={label}
      openItems={openItems}
      onOpenChange={(_, data) => onToggle(String(data.value), data.open)}
    >
      {visibleRows(root, openItems).map(({ node, parentKey, level, position, siblings }) => {
        const kind = kindOf(node);
        return (
          <FlatTreeItem
            key={node.key}
            value={node.key}
            {...(parentKey === undefined ? {} : { parentValue: parentKey })}
            aria-level={level}
            aria-posinset={position}
            aria-setsize={siblings}
            itemType={node.children.length > 0 ? "branch" : "leaf"}
            aria-current={node.key === selectedKey ? "true" : undefined}
            onClick={() => onSelect(node.key)}
          >
            <TreeItemLayout
              className={mergeClasses(
                node.children.length > 0 ? styles.branchIndent : styles.leafIndent,
                node.key === selectedKey && styles.selected,
              )}
              main={{ className: styles.itemMain }}
            >
              {/* Spaces as text so the accessible name reads "Aktivitet: … (Sjödalsskolan)", not run together. */}
              <span className={styles.itemLine}>
                <span className={styles.itemText}>
                  {kind ? <span className={styles.itemKind}>{kind}:</span> : null}{" "}
                  <span>{labelOf(node)}</span>
                  {node.context ? <span className={styles.itemContext}> ({node.context})</span> : null}
                </span>{" "}
                {/* In the line, not beside it: on a narrow screen the status moves below the words, whole. */}
                {node.status ? (
                  <span className={styles.itemStatus}>
                    <StatusBadge status={node.status} label={statusText(node.status)} />
                  </span>
                ) : null}
              </span>
            </TreeItemLayout>
          </FlatTreeItem>
        );
      })}
    </FlatTree>
  );
}
