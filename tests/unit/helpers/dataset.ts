/** The shipped dataset from data/ for unit tests (read-only; each call builds a fresh copy). */
export { shippedPackage, loadShippedDataset as shippedDataset } from '../../../scripts/lib/shipped';
