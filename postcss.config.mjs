// Tailwind CSS v4 runs as a PostCSS plugin; Next.js reads this file from the project root.
const config = { plugins: { "@tailwindcss/postcss": {} } };
export default config;
