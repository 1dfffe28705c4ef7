/// A table file written under a temporary name, renamed into place once the run's store transaction has committed.
public protocol RunOutputFile {
    /// Renames the file (or files) into place.
    func commit() throws
}

extension CSVTableWriter: RunOutputFile {}
extension ArticleTableWriter: RunOutputFile {}
