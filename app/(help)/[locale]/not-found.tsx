export { NotFoundPage as default } from "@/components/ui/access-pages";
