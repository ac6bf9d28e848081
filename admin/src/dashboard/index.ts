// The dashboard is the admin's home page, first in the menu.
import { createElement } from "react";
import DashboardIcon from "@mui/icons-material/Dashboard";
import { registerDashboard, registerMenuEntry } from "../registry.ts";
import { lazyNamed } from "../lazy.ts";

const Dashboard = lazyNamed(() => import("./Dashboard.tsx"), "Dashboard");

registerDashboard(Dashboard);
registerMenuEntry({
  to: "/",
  label: "dashboard.menu",
  icon: createElement(DashboardIcon),
  position: "top",
});
