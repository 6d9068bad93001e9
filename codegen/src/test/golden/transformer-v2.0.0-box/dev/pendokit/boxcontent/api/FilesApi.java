package dev.pendokit.boxcontent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.boxcontent.BoxContentException;
import dev.pendokit.boxcontent.runtime.Call;
import dev.pendokit.boxcontent.runtime.Forms;
import dev.pendokit.boxcontent.runtime.Readers;
import dev.pendokit.boxcontent.runtime.ResponseReader;
import dev.pendokit.boxcontent.runtime.Transport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Files".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class FilesApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code files()} accessor.
     *
     * @param transport sends the calls
     */
    public FilesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/5639341636/content} (request "Files/Download a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode download(String authorization) {
        return transport.send(downloadCall(authorization), jsonReader);
    }

    /**
     * Like {@link #download(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> downloadAsync(String authorization) {
        return transport.sendAsync(downloadCall(authorization), jsonReader);
    }

    private Call downloadCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.download", "GET", "apiBoxComUrl", "/2.0/files/5639341636/content")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/3677287625} (request "Files/Get Information about a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getInformation(String authorization) {
        return transport.send(getInformationCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getInformation(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getInformationAsync(String authorization) {
        return transport.sendAsync(getInformationCall(authorization), jsonReader);
    }

    private Call getInformationCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.getInformation", "GET", "apiBoxComUrl", "/2.0/files/3677287625")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/3871754690/comments} (request "Files/View the Comments on a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param zelda the form parameter {@code Zelda}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getComments(String authorization, Path zelda) {
        return transport.send(getCommentsCall(authorization, zelda), jsonReader);
    }

    /**
     * Like {@link #getComments(String, Path)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param zelda the form parameter {@code Zelda}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getCommentsAsync(String authorization, Path zelda) {
        return transport.sendAsync(getCommentsCall(authorization, zelda), jsonReader);
    }

    private Call getCommentsCall(String authorization, Path zelda) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(zelda, "zelda");
        return Call.builder("files.getComments", "GET", "apiBoxComUrl", "/2.0/files/3871754690/comments")
            .header("Authorization", authorization)
            .body(Forms.builder().file("Zelda", zelda).multipart())
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/5639341636/thumbnail.png} (request "Files/Get a Thumbnail for a File").
     *
     * @param params the request's parameters
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getThumbnail(GetThumbnailParams params) {
        return transport.send(getThumbnailCall(params), jsonReader);
    }

    /**
     * Like {@link #getThumbnail(FilesApi.GetThumbnailParams)}, without blocking.
     *
     * @param params the request's parameters
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getThumbnailAsync(GetThumbnailParams params) {
        return transport.sendAsync(getThumbnailCall(params), jsonReader);
    }

    private Call getThumbnailCall(GetThumbnailParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("files.getThumbnail", "GET", "apiBoxComUrl", "/2.0/files/5639341636/thumbnail.png")
            .query("min_height", params.minHeight())
            .query("min_width", params.minWidth())
            .query("max_height", params.maxHeight())
            .query("max_width", params.maxWidth())
            .header("Authorization", params.authorization())
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/5949697285/trash} (request "Files/Get a Trashed File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getTrashed(String authorization) {
        return transport.send(getTrashedCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getTrashed(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getTrashedAsync(String authorization) {
        return transport.sendAsync(getTrashedCall(authorization), jsonReader);
    }

    private Call getTrashedCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.getTrashed", "GET", "apiBoxComUrl", "/2.0/files/5949697285/trash")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/3871754690/versions} (request "Files/View Versions of a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param zelda the form parameter {@code Zelda}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getVersions(String authorization, Path zelda) {
        return transport.send(getVersionsCall(authorization, zelda), jsonReader);
    }

    /**
     * Like {@link #getVersions(String, Path)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param zelda the form parameter {@code Zelda}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getVersionsAsync(String authorization, Path zelda) {
        return transport.sendAsync(getVersionsCall(authorization, zelda), jsonReader);
    }

    private Call getVersionsCall(String authorization, Path zelda) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(zelda, "zelda");
        return Call.builder("files.getVersions", "GET", "apiBoxComUrl", "/2.0/files/3871754690/versions")
            .header("Authorization", authorization)
            .body(Forms.builder().file("Zelda", zelda).multipart())
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/3871754690/tasks} (request "Files/View the Tasks on a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getTasks(String authorization) {
        return transport.send(getTasksCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getTasks(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getTasksAsync(String authorization) {
        return transport.sendAsync(getTasksCall(authorization), jsonReader);
    }

    private Call getTasksCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.getTasks", "GET", "apiBoxComUrl", "/2.0/files/3871754690/tasks")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/files/3869227054/copy} (request "Files/Copy a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode copy(String authorization, JsonNode body) {
        return transport.send(copyCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #copy(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> copyAsync(String authorization, JsonNode body) {
        return transport.sendAsync(copyCall(authorization, body), jsonReader);
    }

    private Call copyCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.copy", "POST", "apiBoxComUrl", "/2.0/files/3869227054/copy")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /2.0/files/5949697285} (request "Files/Restore a Trashed File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode restoreTrashed(String authorization) {
        return transport.send(restoreTrashedCall(authorization), jsonReader);
    }

    /**
     * Like {@link #restoreTrashed(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> restoreTrashedAsync(String authorization) {
        return transport.sendAsync(restoreTrashedCall(authorization), jsonReader);
    }

    private Call restoreTrashedCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.restoreTrashed", "POST", "apiBoxComUrl", "/2.0/files/5949697285")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /api/2.0/files/content} (request "Files/Upload a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param filename the form parameter {@code filename}
     * @param folderId the form parameter {@code folder_id}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode upload(String authorization, Path filename, long folderId) {
        return transport.send(uploadCall(authorization, filename, folderId), jsonReader);
    }

    /**
     * Like {@link #upload(String, Path, long)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param filename the form parameter {@code filename}
     * @param folderId the form parameter {@code folder_id}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> uploadAsync(String authorization, Path filename,
            long folderId) {
        return transport.sendAsync(uploadCall(authorization, filename, folderId), jsonReader);
    }

    private Call uploadCall(String authorization, Path filename, long folderId) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(filename, "filename");
        return Call.builder("files.upload", "POST", "uploadBoxComUrl", "/api/2.0/files/content")
            .header("Authorization", authorization)
            .body(Forms.builder().file("filename", filename).field("folder_id", folderId).multipart())
            .build();
    }

    /**
     * Description
     *
     * <p>{@code POST /api/2.0/files/7802124308/content} (request "Files/Upload a New Version of a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param zelda the form parameter {@code Zelda}
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode uploadVersion(String authorization, Path zelda) {
        return transport.send(uploadVersionCall(authorization, zelda), jsonReader);
    }

    /**
     * Like {@link #uploadVersion(String, Path)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param zelda the form parameter {@code Zelda}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> uploadVersionAsync(String authorization, Path zelda) {
        return transport.sendAsync(uploadVersionCall(authorization, zelda), jsonReader);
    }

    private Call uploadVersionCall(String authorization, Path zelda) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(zelda, "zelda");
        return Call.builder("files.uploadVersion", "POST", "uploadBoxComUrl", "/api/2.0/files/7802124308/content")
            .header("Authorization", authorization)
            .header("If-Match", "b3f76e2998597a51ec076076493d905fbf09a76b")
            .body(Forms.builder().file("Zelda", zelda).multipart())
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/files/3869227054} (request "Files/Move a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode move(String authorization, JsonNode body) {
        return transport.send(moveCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #move(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> moveAsync(String authorization, JsonNode body) {
        return transport.sendAsync(moveCall(authorization, body), jsonReader);
    }

    private Call moveCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.move", "PUT", "apiBoxComUrl", "/2.0/files/3869227054")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * {@code PUT /2.0/files/6526455273}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>Create a Shared Link for a File (request "Files/Create a Shared Link for a File")</li>
     *   <li>Disable a Shared Link (request "Files/Disable a Shared Link")</li>
     * </ul>
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode update(String authorization, JsonNode body) {
        return transport.send(updateCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #update(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateCall(authorization, body), jsonReader);
    }

    private Call updateCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.update", "PUT", "apiBoxComUrl", "/2.0/files/6526455273")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/files/3677287625} (request "Files/Update a File's Information").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateInformation(String authorization, JsonNode body) {
        return transport.send(updateInformationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateInformation(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateInformationAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateInformationCall(authorization, body), jsonReader);
    }

    private Call updateInformationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.updateInformation", "PUT", "apiBoxComUrl", "/2.0/files/3677287625")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/files/3862718192} (request "Files/Delete a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode delete(String authorization) {
        return transport.send(deleteCall(authorization), jsonReader);
    }

    /**
     * Like {@link #delete(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteAsync(String authorization) {
        return transport.sendAsync(deleteCall(authorization), jsonReader);
    }

    private Call deleteCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.delete", "DELETE", "apiBoxComUrl", "/2.0/files/3862718192")
            .header("Authorization", authorization)
            .header("If-Match", "b0d845836633e96992c25fbdca151407938b485c")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/files/5949691601/trash} (request "Files/Permanently Delete a Trashed File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deletePermanentlyTrashed(String authorization) {
        return transport.send(deletePermanentlyTrashedCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deletePermanentlyTrashed(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deletePermanentlyTrashedAsync(String authorization) {
        return transport.sendAsync(deletePermanentlyTrashedCall(authorization), jsonReader);
    }

    private Call deletePermanentlyTrashedCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.deletePermanentlyTrashed", "DELETE", "apiBoxComUrl", "/2.0/files/5949691601/trash")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * The parameters of {@code getThumbnail}.
     *
     * @param minHeight the query parameter {@code min_height}
     * @param minWidth the query parameter {@code min_width}
     * @param maxHeight the query parameter {@code max_height}
     * @param maxWidth the query parameter {@code max_width}
     * @param authorization Description (header parameter {@code Authorization})
     */
    public record GetThumbnailParams(Long minHeight, Long minWidth, Long maxHeight, Long maxWidth,
            String authorization) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link GetThumbnailParams}; {@link #build()} names every required parameter that is missing.
         */
        public static final class Builder {
            private Long minHeight;

            private Long minWidth;

            private Long maxHeight;

            private Long maxWidth;

            private String authorization;

            private Builder() {
            }

            /**
             * the query parameter {@code min_height}
             *
             * @param minHeight the value, or null to leave it out
             * @return this builder
             */
            public Builder minHeight(Long minHeight) {
                this.minHeight = minHeight;
                return this;
            }

            /**
             * the query parameter {@code min_width}
             *
             * @param minWidth the value, or null to leave it out
             * @return this builder
             */
            public Builder minWidth(Long minWidth) {
                this.minWidth = minWidth;
                return this;
            }

            /**
             * the query parameter {@code max_height}
             *
             * @param maxHeight the value, or null to leave it out
             * @return this builder
             */
            public Builder maxHeight(Long maxHeight) {
                this.maxHeight = maxHeight;
                return this;
            }

            /**
             * the query parameter {@code max_width}
             *
             * @param maxWidth the value, or null to leave it out
             * @return this builder
             */
            public Builder maxWidth(Long maxWidth) {
                this.maxWidth = maxWidth;
                return this;
            }

            /**
             * Description (header parameter {@code Authorization})
             *
             * @param authorization the value, or null to leave it out
             * @return this builder
             */
            public Builder authorization(String authorization) {
                this.authorization = authorization;
                return this;
            }

            /**
             * The parameters as set.
             *
             * @return the parameters
             * @throws IllegalStateException naming every required parameter that is not set
             */
            public GetThumbnailParams build() {
                List<String> missing = new ArrayList<>();
                if (minHeight == null) {
                    missing.add("minHeight");
                }
                if (minWidth == null) {
                    missing.add("minWidth");
                }
                if (maxHeight == null) {
                    missing.add("maxHeight");
                }
                if (maxWidth == null) {
                    missing.add("maxWidth");
                }
                if (authorization == null) {
                    missing.add("authorization");
                }
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("GetThumbnailParams is missing required parameters: " + missing);
                }
                return new GetThumbnailParams(minHeight, minWidth, maxHeight, maxWidth, authorization);
            }
        }
    }
}
