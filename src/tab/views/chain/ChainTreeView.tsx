import { useId } from "react";
import { Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
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

/** The chain as a keyboard-navigable tree (arrow keys, Enter); only open branches are rendered. */
export function ChainTreeView(props: ChainTreeViewProps) {
  const { root, label, openItems, onToggle } = props;
  return (
    <Tree
      aria-label={label}
      openItems={openItems}
      onOpenChange={(_, data) => onToggle(String(data.value), data.open)}
    >
      <ChainTreeItem node={root} {...props} />
    </Tree>
  );
}

function ChainTreeItem(props: ChainTreeViewProps & { node: ChainNode }) {
  const { node, openItems, selectedKey, onSelect } = props;
  const t = useStrings(chainStrings);
  const shared = useStrings(sharedStrings);
  const statusText = useStatusText();
  const styles = useChainStyles();
  const ids = useId();
  const branch = node.children.length > 0;
  const open = branch && openItems.has(node.key);
  const kind =
    node.kind === "group-assignments" || node.kind === "group-core-mission"
      ? undefined
      : node.kind === "individual-goal"
        ? t("myGoal")
        : shared(kindKey(node.kind));
  const label =
    node.kind === "group-assignments"
      ? t("groupAssignments")
      : node.kind === "group-core-mission"
        ? t("groupCoreMission")
        : node.label;
  return (
    <TreeItem
      itemType={branch ? "branch" : "leaf"}
      value={node.key}
      aria-current={node.key === selectedKey ? "true" : undefined}
      data-key={node.key}
      // Named by its own line (and status) only; by default a tree item would be named by its whole subtree.
      aria-labelledby={node.status ? `${ids}-line ${ids}-status` : `${ids}-line`}
      onClick={() => onSelect(node.key)}
    >
      <TreeItemLayout
        className={node.key === selectedKey ? styles.selected : undefined}
        aside={
          node.status ? (
            <span id={`${ids}-status`}>
              <StatusBadge status={node.status} label={statusText(node.status)} />
            </span>
          ) : undefined
        }
      >
        <span id={`${ids}-line`} className={styles.itemLine}>
          {/* Spaces as text so the accessible name reads "Aktivitet: … (Sjödalsskolan)", not run together. */}
          {kind ? <span className={styles.kind}>{kind}:</span> : null} <span>{label}</span>{" "}
          {node.context ? <span className={styles.context}>({node.context})</span> : null}
        </span>
      </TreeItemLayout>
      {open ? (
        <Tree>
          {node.children.map((child) => (
            <ChainTreeItem key={child.key} {...props} node={child} />
          ))}
        </Tree>
      ) : null}
    </TreeItem>
  );
}
