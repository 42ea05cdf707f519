/** The outcome of a form, announced to screen readers as it appears. */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children: React.ReactNode }) {
  const style = tone === "error" ? "border-danger bg-danger-soft" : "border-success bg-success-soft";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 px-4 py-3 ${style}`}>
      {children}
    </div>
  );
}
