import ArgumentParser
import GeoTone

@main
struct GeoToneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geotone",
        abstract: "Which countries the news talks about, together, and in what tone.",
        version: GeoToneVersion.string)
}
