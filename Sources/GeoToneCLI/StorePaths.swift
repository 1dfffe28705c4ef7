/// Where commands that read a store put what they write when no `--out` is given.
enum StorePaths {
    /// `name` in the folder of the store `database` (`runs/geotone.sqlite` → `runs/report.html`).
    static func beside(_ database: String, _ name: String) -> String {
        guard let slash = database.lastIndex(of: "/") else { return name }
        return String(database[...slash]) + name
    }
}
