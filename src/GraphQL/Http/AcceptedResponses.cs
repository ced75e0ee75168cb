using Format = ReportGraph.GraphQL.Http.GraphQLMediaTypes.ResponseFormat;

namespace ReportGraph.GraphQL.Http;

/// <summary>
/// What a request's Accept header allows: the best JSON media type (or <see cref="Format.NotAcceptable"/>) and whether
/// Server-Sent Events were asked for by name.
/// </summary>
public readonly record struct AcceptedResponses(Format Json, bool EventStream)
{
    /// <summary>False when the server can produce nothing the client accepts (406).</summary>
    public bool IsAcceptable => Json != Format.NotAcceptable || EventStream || Multipart;

    /// <summary>True when <c>multipart/mixed</c> is named (Apollo Client, urql): incremental results go out as parts.</summary>
    public bool Multipart { get; init; }

    /// <summary>True when the client can receive an incremental (@defer/@stream) result in several parts.</summary>
    public bool Incremental => Multipart || EventStream;

    /// <summary>
    /// The format of a result. A stream (a subscription) goes out as events when they are accepted. A single result
    /// (query, mutation, request error) is one JSON response whenever a JSON type is accepted, whatever its quality
    /// against event-stream: clients that list both (urql's default) abort the stream they did not expect. Only a
    /// client that accepts nothing but event-stream (graphql-sse) gets a single result as a stream.
    /// </summary>
    public Format FormatFor(bool isStream)
    {
        if (isStream) return EventStream ? Format.EventStream : Json;
        return Json != Format.NotAcceptable ? Json : EventStream ? Format.EventStream : Format.NotAcceptable;
    }

    /// <summary>The format of an HTTP-level refusal written before execution: JSON, never a stream.</summary>
    public Format ForProblem => Json == Format.NotAcceptable ? Format.Json : Json;
}
