// One static page: a heading and a paragraph, as a lesson starts.
export default function Page() {
  return (
    <main>
      <h1>An empty page</h1>
      <p>Nothing here but what the framework sends to every page it renders.</p>
    </main>
  );
}
