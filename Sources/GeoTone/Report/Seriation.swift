/// Orders items so that similar ones sit together: average-linkage agglomerative clustering, leaves read left
/// to right.
///
/// Deterministic: ties go to the lowest indices, and the cluster holding the smaller first index goes left.
enum Seriation {
    /// The leaf order of `similarity` (square, symmetric; higher means more alike).
    /// - Complexity: O(n³), meant for a few dozen items.
    static func order(similarity: [[Double]]) -> [Int] {
        var clusters: [[Int]] = (0..<similarity.count).map { [$0] }
        while clusters.count > 1 {
            var best = (i: 0, j: 1, score: -Double.infinity)
            for i in 0..<clusters.count {
                for j in (i + 1)..<clusters.count {
                    var sum = 0.0
                    for a in clusters[i] { for b in clusters[j] { sum += similarity[a][b] } }
                    let score = sum / Double(clusters[i].count * clusters[j].count)
                    if score > best.score { best = (i, j, score) }
                }
            }
            let left = clusters[best.i], right = clusters[best.j]
            // Put the two most similar ends next to each other.
            let candidates = [left + right, left + right.reversed(), left.reversed() + right,
                              left.reversed() + right.reversed()]
            var merged = candidates[0]
            var bestJoin = -Double.infinity
            for candidate in candidates {
                let join = similarity[candidate[left.count - 1]][candidate[left.count]]
                if join > bestJoin { bestJoin = join; merged = candidate }
            }
            clusters[best.i] = merged
            clusters.remove(at: best.j)
        }
        return clusters.first ?? []
    }
}
