import "./zodJitless";
import { createRoot } from "react-dom/client";
import { Boot } from "./Boot";
import { browserPlatform } from "./platform/browserPlatform";
import { createTabPorts } from "./ports/createTabPorts";

// The tab's entry: the only place that touches window/document.
const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root");
createRoot(container).render(<Boot platform={browserPlatform(window)} createPorts={createTabPorts} />);
