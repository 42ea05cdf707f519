import { Toast } from "./toast";

/**
 * The outcome of a form. An error stays where it is, beside the form, and is
 * announced at once (role="alert"). A success is a toast (components/ui/toast.tsx)
 * unless `inline`: for a page whose whole point is the outcome (an address
 * confirmed, a password reset), where it should not fade away.
 */
export function FormMessage({
  tone,
  inline = false,
  children,
}: {
  tone: "error" | "success";
  inline?: boolean;
  children: React.ReactNode;
}) {
  if (tone === "success" && !inline) return <Toast>{children}</Toast>;
  const style = tone === "error" ? "border-danger bg-danger-soft" : "border-success bg-success-soft";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 px-4 py-3 ${style}`}>
      {children}
    </div>
  );
}
