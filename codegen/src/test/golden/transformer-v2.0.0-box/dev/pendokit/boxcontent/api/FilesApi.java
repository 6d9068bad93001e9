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
    public JsonNode downloadAFile(String authorization) {
        return transport.send(downloadAFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #downloadAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> downloadAFileAsync(String authorization) {
        return transport.sendAsync(downloadAFileCall(authorization), jsonReader);
    }

    private Call downloadAFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.downloadAFile", "GET", "apiBoxComUrl", "/2.0/files/5639341636/content")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode getInformationAboutAFile(String authorization) {
        return transport.send(getInformationAboutAFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getInformationAboutAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getInformationAboutAFileAsync(String authorization) {
        return transport.sendAsync(getInformationAboutAFileCall(authorization), jsonReader);
    }

    private Call getInformationAboutAFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.getInformationAboutAFile", "GET", "apiBoxComUrl", "/2.0/files/3677287625")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode viewTheCommentsOnAFile(String authorization, Path zelda) {
        return transport.send(viewTheCommentsOnAFileCall(authorization, zelda), jsonReader);
    }

    /**
     * Like {@link #viewTheCommentsOnAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> viewTheCommentsOnAFileAsync(String authorization,
            Path zelda) {
        return transport.sendAsync(viewTheCommentsOnAFileCall(authorization, zelda), jsonReader);
    }

    private Call viewTheCommentsOnAFileCall(String authorization, Path zelda) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(zelda, "zelda");
        return Call.builder("files.viewTheCommentsOnAFile", "GET", "apiBoxComUrl", "/2.0/files/3871754690/comments")
            .header("Authorization", authorization)
            .body(Forms.builder().file("Zelda", zelda).multipart())
            .accept("application/json")
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
    public JsonNode getAThumbnailForAFile(GetAThumbnailForAFileParams params) {
        return transport.send(getAThumbnailForAFileCall(params), jsonReader);
    }

    /**
     * Like {@link #getAThumbnailForAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getAThumbnailForAFileAsync(
            GetAThumbnailForAFileParams params) {
        return transport.sendAsync(getAThumbnailForAFileCall(params), jsonReader);
    }

    private Call getAThumbnailForAFileCall(GetAThumbnailForAFileParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("files.getAThumbnailForAFile", "GET", "apiBoxComUrl", "/2.0/files/5639341636/thumbnail.png")
            .query("min_height", params.minHeight())
            .query("min_width", params.minWidth())
            .query("max_height", params.maxHeight())
            .query("max_width", params.maxWidth())
            .header("Authorization", params.authorization())
            .accept("application/json")
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
    public JsonNode getATrashedFile(String authorization) {
        return transport.send(getATrashedFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getATrashedFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> getATrashedFileAsync(String authorization) {
        return transport.sendAsync(getATrashedFileCall(authorization), jsonReader);
    }

    private Call getATrashedFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.getATrashedFile", "GET", "apiBoxComUrl", "/2.0/files/5949697285/trash")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode viewVersionsOfAFile(String authorization, Path zelda) {
        return transport.send(viewVersionsOfAFileCall(authorization, zelda), jsonReader);
    }

    /**
     * Like {@link #viewVersionsOfAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> viewVersionsOfAFileAsync(String authorization, Path zelda) {
        return transport.sendAsync(viewVersionsOfAFileCall(authorization, zelda), jsonReader);
    }

    private Call viewVersionsOfAFileCall(String authorization, Path zelda) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(zelda, "zelda");
        return Call.builder("files.viewVersionsOfAFile", "GET", "apiBoxComUrl", "/2.0/files/3871754690/versions")
            .header("Authorization", authorization)
            .body(Forms.builder().file("Zelda", zelda).multipart())
            .accept("application/json")
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
    public JsonNode viewTheTasksOnAFile(String authorization) {
        return transport.send(viewTheTasksOnAFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #viewTheTasksOnAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> viewTheTasksOnAFileAsync(String authorization) {
        return transport.sendAsync(viewTheTasksOnAFileCall(authorization), jsonReader);
    }

    private Call viewTheTasksOnAFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.viewTheTasksOnAFile", "GET", "apiBoxComUrl", "/2.0/files/3871754690/tasks")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode copyAFile(String authorization, JsonNode body) {
        return transport.send(copyAFileCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #copyAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> copyAFileAsync(String authorization, JsonNode body) {
        return transport.sendAsync(copyAFileCall(authorization, body), jsonReader);
    }

    private Call copyAFileCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.copyAFile", "POST", "apiBoxComUrl", "/2.0/files/3869227054/copy")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode restoreATrashedFile(String authorization) {
        return transport.send(restoreATrashedFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #restoreATrashedFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> restoreATrashedFileAsync(String authorization) {
        return transport.sendAsync(restoreATrashedFileCall(authorization), jsonReader);
    }

    private Call restoreATrashedFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.restoreATrashedFile", "POST", "apiBoxComUrl", "/2.0/files/5949697285")
            .header("Authorization", authorization)
            .accept("application/json")
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
    public JsonNode uploadAFile(String authorization, Path filename, long folderId) {
        return transport.send(uploadAFileCall(authorization, filename, folderId), jsonReader);
    }

    /**
     * Like {@link #uploadAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> uploadAFileAsync(String authorization, Path filename,
            long folderId) {
        return transport.sendAsync(uploadAFileCall(authorization, filename, folderId), jsonReader);
    }

    private Call uploadAFileCall(String authorization, Path filename, long folderId) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(filename, "filename");
        return Call.builder("files.uploadAFile", "POST", "uploadBoxComUrl", "/api/2.0/files/content")
            .header("Authorization", authorization)
            .body(Forms.builder().file("filename", filename).field("folder_id", folderId).multipart())
            .accept("application/json")
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
    public JsonNode uploadANewVersionOfAFile(String authorization, Path zelda) {
        return transport.send(uploadANewVersionOfAFileCall(authorization, zelda), jsonReader);
    }

    /**
     * Like {@link #uploadANewVersionOfAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> uploadANewVersionOfAFileAsync(String authorization,
            Path zelda) {
        return transport.sendAsync(uploadANewVersionOfAFileCall(authorization, zelda), jsonReader);
    }

    private Call uploadANewVersionOfAFileCall(String authorization, Path zelda) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(zelda, "zelda");
        return Call.builder("files.uploadANewVersionOfAFile", "POST", "uploadBoxComUrl", "/api/2.0/files/7802124308/content")
            .header("Authorization", authorization)
            .header("If-Match", "b3f76e2998597a51ec076076493d905fbf09a76b")
            .body(Forms.builder().file("Zelda", zelda).multipart())
            .accept("application/json")
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
    public JsonNode moveAFile(String authorization, JsonNode body) {
        return transport.send(moveAFileCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #moveAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> moveAFileAsync(String authorization, JsonNode body) {
        return transport.sendAsync(moveAFileCall(authorization, body), jsonReader);
    }

    private Call moveAFileCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.moveAFile", "PUT", "apiBoxComUrl", "/2.0/files/3869227054")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/files/6526455273} (request "Files/Create a Shared Link for a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode createASharedLinkForAFile(String authorization, JsonNode body) {
        return transport.send(createASharedLinkForAFileCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #createASharedLinkForAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> createASharedLinkForAFileAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(createASharedLinkForAFileCall(authorization, body), jsonReader);
    }

    private Call createASharedLinkForAFileCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.createASharedLinkForAFile", "PUT", "apiBoxComUrl", "/2.0/files/6526455273")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/files/6526455273} (request "Files/Disable a Shared Link").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode disableASharedLink(String authorization, JsonNode body) {
        return transport.send(disableASharedLinkCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #disableASharedLink}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> disableASharedLinkAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(disableASharedLinkCall(authorization, body), jsonReader);
    }

    private Call disableASharedLinkCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.disableASharedLink", "PUT", "apiBoxComUrl", "/2.0/files/6526455273")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode updateAFilesInformation(String authorization, JsonNode body) {
        return transport.send(updateAFilesInformationCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateAFilesInformation}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> updateAFilesInformationAsync(String authorization,
            JsonNode body) {
        return transport.sendAsync(updateAFilesInformationCall(authorization, body), jsonReader);
    }

    private Call updateAFilesInformationCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("files.updateAFilesInformation", "PUT", "apiBoxComUrl", "/2.0/files/3677287625")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .accept("application/json")
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
    public JsonNode deleteAFile(String authorization) {
        return transport.send(deleteAFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> deleteAFileAsync(String authorization) {
        return transport.sendAsync(deleteAFileCall(authorization), jsonReader);
    }

    private Call deleteAFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.deleteAFile", "DELETE", "apiBoxComUrl", "/2.0/files/3862718192")
            .header("Authorization", authorization)
            .header("If-Match", "b0d845836633e96992c25fbdca151407938b485c")
            .accept("application/json")
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
    public JsonNode permanentlyDeleteATrashedFile(String authorization) {
        return transport.send(permanentlyDeleteATrashedFileCall(authorization), jsonReader);
    }

    /**
     * Like {@link #permanentlyDeleteATrashedFile}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<JsonNode> permanentlyDeleteATrashedFileAsync(String authorization) {
        return transport.sendAsync(permanentlyDeleteATrashedFileCall(authorization), jsonReader);
    }

    private Call permanentlyDeleteATrashedFileCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("files.permanentlyDeleteATrashedFile", "DELETE", "apiBoxComUrl", "/2.0/files/5949691601/trash")
            .header("Authorization", authorization)
            .accept("application/json")
            .build();
    }

    /**
     * The parameters of {@code getAThumbnailForAFile}.
     *
     * @param minHeight the query parameter {@code min_height}
     * @param minWidth the query parameter {@code min_width}
     * @param maxHeight the query parameter {@code max_height}
     * @param maxWidth the query parameter {@code max_width}
     * @param authorization Description (header parameter {@code Authorization})
     */
    public record GetAThumbnailForAFileParams(Long minHeight, Long minWidth, Long maxHeight,
            Long maxWidth, String authorization) {
        public static Builder builder() {
            return new Builder();
        }

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
             */
            public Builder minHeight(Long minHeight) {
                this.minHeight = minHeight;
                return this;
            }

            /**
             * the query parameter {@code min_width}
             */
            public Builder minWidth(Long minWidth) {
                this.minWidth = minWidth;
                return this;
            }

            /**
             * the query parameter {@code max_height}
             */
            public Builder maxHeight(Long maxHeight) {
                this.maxHeight = maxHeight;
                return this;
            }

            /**
             * the query parameter {@code max_width}
             */
            public Builder maxWidth(Long maxWidth) {
                this.maxWidth = maxWidth;
                return this;
            }

            /**
             * Description (header parameter {@code Authorization})
             */
            public Builder authorization(String authorization) {
                this.authorization = authorization;
                return this;
            }

            public GetAThumbnailForAFileParams build() {
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
                    throw new IllegalStateException("GetAThumbnailForAFileParams is missing required parameters: " + missing);
                }
                return new GetAThumbnailForAFileParams(minHeight, minWidth, maxHeight, maxWidth, authorization);
            }
        }
    }
}
