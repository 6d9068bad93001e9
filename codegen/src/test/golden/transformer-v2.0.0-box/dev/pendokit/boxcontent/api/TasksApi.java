package dev.pendokit.boxcontent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.boxcontent.BoxContentException;
import dev.pendokit.boxcontent.runtime.Call;
import dev.pendokit.boxcontent.runtime.Readers;
import dev.pendokit.boxcontent.runtime.ResponseReader;
import dev.pendokit.boxcontent.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Tasks".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class TasksApi {
    private final Transport transport;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code tasks()} accessor.
     *
     * @param transport sends the calls
     */
    public TasksApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/files/7170802730/tasks} (request "Tasks/Get Tasks for a File").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode get(String authorization) {
        return transport.send(getCall(authorization), jsonReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAsync(String authorization) {
        return transport.sendAsync(getCall(authorization), jsonReader);
    }

    private Call getCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.get", "GET", "apiBoxComUrl", "/2.0/files/7170802730/tasks")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/task_assignments/2810149} (request "Tasks/Get a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getAssignment(String authorization) {
        return transport.send(getAssignmentCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getAssignment(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAssignmentAsync(String authorization) {
        return transport.sendAsync(getAssignmentCall(authorization), jsonReader);
    }

    private Call getAssignmentCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.getAssignment", "GET", "apiBoxComUrl", "/2.0/task_assignments/2810149")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code GET /2.0/tasks/2073419/assignments} (request "Tasks/Get the Assignments for a Task").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode getAssignments(String authorization) {
        return transport.send(getAssignmentsCall(authorization), jsonReader);
    }

    /**
     * Like {@link #getAssignments(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAssignmentsAsync(String authorization) {
        return transport.sendAsync(getAssignmentsCall(authorization), jsonReader);
    }

    private Call getAssignmentsCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.getAssignments", "GET", "apiBoxComUrl", "/2.0/tasks/2073419/assignments")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * {@code POST /2.0/tasks}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>Add a Task to a File (request "Tasks/Add a Task to a File")</li>
     *   <li>Create a Task (request "Tasks/Create a Task")</li>
     * </ul>
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode send(String authorization, JsonNode body) {
        return transport.send(sendCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #send(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendAsync(String authorization, JsonNode body) {
        return transport.sendAsync(sendCall(authorization, body), jsonReader);
    }

    private Call sendCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.send", "POST", "apiBoxComUrl", "/2.0/tasks")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * {@code POST /2.0/task_assignments}: the collection has 2 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>Create a Task Assignment (request "Tasks/Create a Task Assignment")</li>
     *   <li>Create a Task Assignment (request "Tasks/Create a Task Assignment")</li>
     * </ul>
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode sendAssignments(String authorization, JsonNode body) {
        return transport.send(sendAssignmentsCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #sendAssignments(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendAssignmentsAsync(String authorization, JsonNode body) {
        return transport.sendAsync(sendAssignmentsCall(authorization, body), jsonReader);
    }

    private Call sendAssignmentsCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.sendAssignments", "POST", "apiBoxComUrl", "/2.0/task_assignments")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/task_assignments/2810161} (request "Tasks/Update a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode updateAssignment(String authorization, JsonNode body) {
        return transport.send(updateAssignmentCall(authorization, body), jsonReader);
    }

    /**
     * Like {@link #updateAssignment(String, JsonNode)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateAssignmentAsync(String authorization, JsonNode body) {
        return transport.sendAsync(updateAssignmentCall(authorization, body), jsonReader);
    }

    private Call updateAssignmentCall(String authorization, JsonNode body) {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
        return Call.builder("tasks.updateAssignment", "PUT", "apiBoxComUrl", "/2.0/task_assignments/2810161")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code PUT /2.0/tasks/1817407} (request "Tasks/Update a Task").
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
        return Call.builder("tasks.update", "PUT", "apiBoxComUrl", "/2.0/tasks/1817407")
            .header("Authorization", authorization)
            .body(transport.json(body), "application/json")
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/task_assignments/2810149} (request "Tasks/Delete a Task Assignment").
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer
     * @throws BoxContentException for every other failed call, with its status, reason and body
     */
    public JsonNode deleteAssignment(String authorization) {
        return transport.send(deleteAssignmentCall(authorization), jsonReader);
    }

    /**
     * Like {@link #deleteAssignment(String)}, without blocking.
     *
     * @param authorization Description (header parameter {@code Authorization})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteAssignmentAsync(String authorization) {
        return transport.sendAsync(deleteAssignmentCall(authorization), jsonReader);
    }

    private Call deleteAssignmentCall(String authorization) {
        Objects.requireNonNull(authorization, "authorization");
        return Call.builder("tasks.deleteAssignment", "DELETE", "apiBoxComUrl", "/2.0/task_assignments/2810149")
            .header("Authorization", authorization)
            .build();
    }

    /**
     * Description
     *
     * <p>{@code DELETE /2.0/tasks/1817407} (request "Tasks/Delete a Task").
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
        return Call.builder("tasks.delete", "DELETE", "apiBoxComUrl", "/2.0/tasks/1817407")
            .header("Authorization", authorization)
            .build();
    }
}
