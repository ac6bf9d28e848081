// Wires the providers, the layout and one <Resource> per entity; everything else is
// generic (resources/) or registered by feature modules (registry.ts).
import { Admin, CustomRoutes, Resource } from "react-admin";
import { Route } from "react-router-dom";
import { resources } from "@p181/schema";
import { createApi } from "./api.ts";
import { RequesterContext } from "./graphql/request.ts";
import type { Permissions } from "./auth/permissions.ts";
import { i18nProvider } from "./i18n/index.ts";
import { resourceProps } from "./resources/index.tsx";
import { AppLayout } from "./layout/AppLayout.tsx";
import { LoginPage } from "./layout/LoginPage.tsx";
import { registry } from "./registry.ts";
import { theme } from "./theme.ts";

const api = createApi();

export function App() {
  return (
    <RequesterContext.Provider value={api.requester}>
      <Admin
        title="181工程管理平台"
        dataProvider={api.dataProvider}
        authProvider={api.authProvider}
        i18nProvider={i18nProvider}
        layout={AppLayout}
        loginPage={LoginPage}
        theme={theme}
        dashboard={registry.dashboard()}
        requireAuth
        disableTelemetry
      >
        {(permissions: Permissions | undefined) => (
          <>
            {Object.values(resources).map((resource) => (
              <Resource key={resource.model} {...resourceProps(resource.model, permissions)} />
            ))}
            <CustomRoutes>
              {registry.routes().map(({ path, element }) => (
                <Route key={path} path={path} element={element} />
              ))}
            </CustomRoutes>
          </>
        )}
      </Admin>
    </RequesterContext.Provider>
  );
}
