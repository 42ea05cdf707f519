// The framework's floor for a signed-in page (issue 16): a page rendered on
// every request because it reads the request's cookies, as every signed-in
// page of the app does, and nothing else. Its CPU per request, under the
// dashboard's load, is what Next.js itself costs before any of our work.
import { cookies } from "next/headers";

export default async function SignedInPage() {
  const jar = await cookies();
  return (
    <main>
      <h1>An empty signed-in page</h1>
      <p>This request carried {jar.getAll().length} cookie(s).</p>
    </main>
  );
}
