package org.mosaiccrm.example.notes.internal;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.mosaiccrm.example.notes.Note;
import org.mosaiccrm.example.notes.NoteService;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.Cursor;
import org.mosaiccrm.platform.rest.ListPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Notes over the integration API ({@code /api/v1/example-notes/notes}): the example of a module's resource — a DS
 * component on the REST whiteboard that only calls the module's service, which checks the caller.
 */
@Component(service = NotesResource.class)
@JakartarsResource
@Path(Api.V1)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

    /** The body of a new note: {@code {"text": "..."}}. */
    public record NewNote(String text) {
    }

    private final NoteService notes;

    @Activate
    public NotesResource(@Reference NoteService notes) {
        this.notes = notes;
    }

    @GET
    @Path("example-notes/notes")
    public ListPage<Note> list(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        int offset = Cursor.position(after);
        int size = Api.limit(limit);
        return ListPage.byPosition(notes.list(offset, size), offset, size);
    }

    @GET
    @Path("example-notes/notes/{id}")
    public Note get(@PathParam("id") long id) {
        return notes.find(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("example-notes/notes")
    public Response create(NewNote input, @Context UriInfo uri) {
        Note note = notes.create(Api.body(input).text());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(note.id())).build();
        return Response.created(location).entity(note).build();
    }
}
